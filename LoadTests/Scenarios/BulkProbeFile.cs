namespace Philly311.Ops.LoadTests.Scenarios;

internal sealed class BulkProbeFile
{
    public int Events { get; set; }
    public int Batch { get; set; } = 5_000;
    public int Parallel { get; set; } = 2;
}
