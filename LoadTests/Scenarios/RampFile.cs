namespace Philly311.Ops.LoadTests.Scenarios;

internal sealed class RampFile
{
    public double From { get; set; }
    public double To { get; set; }
    public string? During { get; set; }
}
