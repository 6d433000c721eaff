namespace Philly311.Ops.LoadTests.Scenarios;

internal sealed class SpikeFile
{
    public double Rate { get; set; }
    public double Peak { get; set; }
    public string? At { get; set; }
    public string? For { get; set; }
    public string? During { get; set; }
}
