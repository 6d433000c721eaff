using Philly311.Ops.LoadTests.Figures;
using Philly311.Ops.LoadTests.Injection;
using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Scenarios;

namespace Philly311.Ops.LoadTests.Runs;

/// <summary>Everything a report needs about one finished run. <see cref="QueueGlass"/>: queue-to-glass over the run (null: no queue probes).</summary>
internal sealed record RunResult(
    Scenario Scenario,
    string RunId,
    DateTimeOffset StartedAt,
    TimeSpan Elapsed,
    string Target,
    bool Interrupted,
    IReadOnlyList<StepResult> Steps,
    IReadOnlyList<TimelineSample> Timeline,
    RunCounts Counts,
    LatencySummary Ingest,
    LatencySummary Bulk,
    LatencySummary Glass,
    long GlassUnseen,
    CapacityResult? Bare,
    CapacityResult? SiloSingle,
    CapacityResult? BulkCapacity,
    long? CityBefore,
    long? CityAfter,
    IReadOnlyDictionary<string, double> PeakRssMiB,
    IReadOnlyList<string> MeasuredProcesses,
    ReaderSummary Readers,
    IReadOnlyDictionary<TrafficKind, bool> Availability,
    KneeOutcome? Knee,
    IReadOnlyList<string> Notes,
    FigureCallSummary? FigureCalls = null,
    LatencySummary? QueueGlass = null,
    long QueueGlassUnseen = 0,
    int QueueProbes = 0,
    long QueueGlassUnwatched = 0)
{
    public long? CityDelta => CityBefore is { } before && CityAfter is { } after ? after - before : null;
}
