using Philly311.Ops.LoadTests.Measurement;

namespace Philly311.Ops.LoadTests.Runs;

/// <summary>
/// One step as measured: what was offered, what came back, how fast, with how many readers, and when (seconds of the run).
/// <see cref="QueueGlass"/> is queue-to-glass (empty when the step sent no contacts); <see cref="ContactsPerSecond"/> the
/// contact share of the offered rate.
/// </summary>
internal sealed record StepResult(
    string Name,
    string Shape,
    double Seconds,
    long Arrivals,
    long Sent,
    long Acknowledged,
    long Errors,
    double OfferedPerSecond,
    double AckedPerSecond,
    LatencySummary Ingest,
    LatencySummary Glass,
    int Readers,
    double FromSecond = 0,
    double ToSecond = 0,
    LatencySummary? QueueGlass = null,
    double ContactsPerSecond = 0)
{
    public double ErrorRate => Sent > 0 ? (double)Errors / Sent : 0;
}
