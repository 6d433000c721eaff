using Philly311.Ops.LoadTests.Measurement;

namespace Philly311.Ops.LoadTests.Runs;

/// <summary>One step as measured: what was offered, what came back, how fast, and with how many readers.</summary>
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
    int Readers)
{
    public double ErrorRate => Sent > 0 ? (double)Errors / Sent : 0;
}
