namespace Philly311.Ops.LoadTests.Scenarios;

/// <summary>Callers holding when the floor opens, as written: queue, how many, the city time ("06:00"), over how long before it they called.</summary>
internal sealed class BacklogFile
{
    public string? Queue { get; set; }
    public int Holding { get; set; }
    public string? At { get; set; }
    public string? Over { get; set; }
}
