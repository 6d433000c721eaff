namespace Philly311.Ops.LoadTests.Scenarios;

/// <summary>Where the traffic kinds that later issues add will live; a 404/405 there means "not available on target".</summary>
internal sealed class EndpointsFile
{
    public string? Contact { get; set; }
    public string? Agent { get; set; }
    public string? Faq { get; set; }
}
