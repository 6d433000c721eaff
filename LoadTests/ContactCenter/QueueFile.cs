namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>
/// One queue of the profile file: its channel, its day's volume spread by a named hourly shape, languages, handle time,
/// patience, and the percent of its answered contacts transferred to each other queue.
/// </summary>
internal sealed class QueueFile
{
    public string? Name { get; set; }
    public string? Channel { get; set; }
    public double PerDay { get; set; }
    public string? Shape { get; set; }
    public Dictionary<string, double> Languages { get; set; } = [];
    public HandleFile? Handle { get; set; }
    public double PatienceSeconds { get; set; }
    public Dictionary<string, double> Transfers { get; set; } = [];
}
