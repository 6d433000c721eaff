using Philly311.Ops.LoadTests.Figures;
using Philly311.Ops.LoadTests.Injection;
using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Runs;
using Philly311.Ops.LoadTests.Scenarios;

namespace Philly311.Ops.LoadTests.Tests.Reports;

/// <summary>A finished run with plain defaults, for judging budgets and rendering reports without running anything.</summary>
internal static class SampleRun
{
    public static RunResult With(
        IReadOnlyList<StepResult>? steps = null, LatencySummary? glass = null, CapacityResult? bare = null, CapacityResult? silo = null,
        CapacityResult? bulk = null, long? cityBefore = 100, long? cityAfter = 1100, RunCounts? counts = null,
        IReadOnlyDictionary<string, double>? peakRss = null, int peakReaders = 0, FigureCallSummary? figureCalls = null)
    {
        var scenario = new Scenario("sample", "A sample.", "", 1, [], 500, null, null, null, OptionalEndpoints.Default);
        var timeline = Enumerable.Range(1, 5).Select(i => new TimelineSample(i, "s", 10, 10, 10, 0,
            new LatencySummary(10, 1, 2, 3, 4, 5, 1), glass ?? LatencySummary.Empty, peakReaders,
            [new ProcessSample("silo", 100 + i, 50)])).ToList();
        return new RunResult(scenario, "sample-1", DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(5), "stand-in", false,
            steps ?? [], timeline,
            counts ?? new RunCounts(1000, 1000, 0, 0, 0, 0, 0, new Dictionary<string, long>(), new Dictionary<string, long>()),
            new LatencySummary(50, 1, 2, 3, 4, 5, 1), LatencySummary.Empty, glass ?? LatencySummary.Empty, 0, bare, silo, bulk,
            cityBefore, cityAfter, peakRss ?? new Dictionary<string, double> { ["silo"] = 105 }, ["silo"],
            new ReaderSummary(peakReaders, 0, 0, 0, 0, new Dictionary<string, long>(), null),
            new Dictionary<TrafficKind, bool>(), null, [], figureCalls);
    }

    public static StepResult Step(double rate, int readers, double glassP99, double? glassP50 = null) =>
        new("step", "inject", 10, (long)rate * 10, (long)rate * 10, (long)rate * 10, 0, rate, rate,
            new LatencySummary(10, 1, 2, 3, 4, 5, 1), new LatencySummary(10, glassP50 ?? glassP99 / 5, glassP99, glassP99, glassP99, glassP99, 1), readers);
}
