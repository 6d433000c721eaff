namespace Philly311.Ops.LoadTests.Scenarios;

internal sealed class InjectFile
{
    public double Rate { get; set; }
    public string? During { get; set; }
}
