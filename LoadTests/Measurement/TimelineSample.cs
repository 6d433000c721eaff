namespace Philly311.Ops.LoadTests.Measurement;

/// <summary>One second of the run, as plotted and as written to the raw CSV.</summary>
internal sealed record TimelineSample(
    double Second,
    string Step,
    double OfferedPerSecond,
    long Sent,
    long Acknowledged,
    long Errors,
    LatencySummary Ingest,
    LatencySummary Glass,
    int Readers,
    IReadOnlyList<ProcessSample> Processes);
