using Philly311.Ops.LoadTests.Figures;
using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Reports;
using Philly311.Ops.LoadTests.Runs;

namespace Philly311.Ops.LoadTests.Tests.Reports;

public sealed class BudgetsTests
{
    private static BudgetVerdict Find(Philly311.Ops.LoadTests.Runs.RunResult run, string start) =>
        Budgets.Evaluate(run).Single(b => b.Budget.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void IngestIsARatioToTheBareEndpoint()
    {
        var half = SampleRun.With(bare: new CapacityResult("bare", 10_000, 0, 1, LatencySummary.Empty), silo: new CapacityResult("silo", 5_000, 0, 1, LatencySummary.Empty));
        var less = SampleRun.With(bare: new CapacityResult("bare", 10_000, 0, 1, LatencySummary.Empty), silo: new CapacityResult("silo", 4_999, 0, 1, LatencySummary.Empty));

        Find(half, "Single-event").Verdict.ShouldBe(Verdict.Pass);
        Find(half, "Single-event").Figure.ShouldStartWith("0.50×");
        Find(less, "Single-event").Verdict.ShouldBe(Verdict.Fail);
        Find(SampleRun.With(), "Single-event").Verdict.ShouldBe(Verdict.NotMeasured);
    }

    [Fact]
    public void GlassIsJudgedOnlyAtTheStatedLoad()
    {
        var glass = new LatencySummary(100, 100, 200, 300, 400, 500, 120);
        var light = SampleRun.With(steps: [SampleRun.Step(1_000, 50, 30)], glass: glass, peakReaders: 50);
        var atLoad = SampleRun.With(steps: [SampleRun.Step(5_000, 1_000, 240, glassP50: 45), SampleRun.Step(1_000, 1_000, 900)], glass: glass);
        var overBudget = SampleRun.With(steps: [SampleRun.Step(6_000, 1_200, 260, glassP50: 40)], glass: glass);

        Find(light, "Event-to-glass").Verdict.ShouldBe(Verdict.NotReached);
        Find(atLoad, "Event-to-glass").Verdict.ShouldBe(Verdict.Pass);
        Find(atLoad, "Event-to-glass").Figure.ShouldContain("p99 240 ms");
        Find(overBudget, "Event-to-glass").Verdict.ShouldBe(Verdict.Fail);
        Find(SampleRun.With(), "Event-to-glass").Verdict.ShouldBe(Verdict.NotMeasured);
    }

    [Fact]
    public void GlassFailsOnTheMedianAloneAndIsJudgedAtTheLowestRateAtLoad()
    {
        var glass = new LatencySummary(100, 60, 200, 200, 200, 200, 60);
        var slowMedian = SampleRun.With(steps: [SampleRun.Step(5_000, 1_000, 200, glassP50: 51)], glass: glass);
        var pastTheLoad = SampleRun.With(steps: [SampleRun.Step(5_000, 1_000, 200, glassP50: 40), SampleRun.Step(6_000, 1_000, 900, glassP50: 300)], glass: glass);

        Find(slowMedian, "Event-to-glass").Verdict.ShouldBe(Verdict.Fail);
        Find(slowMedian, "Event-to-glass").Figure.ShouldContain("p50 51 ms");
        Find(pastTheLoad, "Event-to-glass").Verdict.ShouldBe(Verdict.Pass);
        Find(pastTheLoad, "Event-to-glass").Figure.ShouldContain("5,000/s offered");
        var aHairShort = SampleRun.With(steps: [SampleRun.Step(4_997, 1_000, 200, glassP50: 40)], glass: glass);
        var wellShort = SampleRun.With(steps: [SampleRun.Step(4_900, 1_000, 200, glassP50: 40)], glass: glass);
        Find(aHairShort, "Event-to-glass").Verdict.ShouldBe(Verdict.Pass, "a 5,000/s step measures 4,997/s offered: within 1% is at the load");
        Find(wellShort, "Event-to-glass").Verdict.ShouldBe(Verdict.NotReached);
    }

    [Fact]
    public void HottestFigureIsJudgedAtFiveThousandEventsASecond()
    {
        static FigureCallSummary Calls(params (double Rate, double Max)[] steps) => new(
            steps.Select(s => new HotFigureStep($"knee {s.Rate}/s", s.Rate, "127.0.0.1:1", new HotFigure("dept:streets", s.Max, s.Max - 1, 7))).ToList(),
            ["127.0.0.1:1"], null, 20);

        var within = SampleRun.With(figureCalls: Calls((1_000, 40), (5_000, 16.9), (6_000, 20)));
        var over = SampleRun.With(figureCalls: Calls((5_000, 12), (5_500, 20.5)));
        var slow = SampleRun.With(figureCalls: Calls((2_000, 16)));
        var unreadable = SampleRun.With(figureCalls: new FigureCallSummary([], ["127.0.0.1:1"], "127.0.0.1:1: /api/diagnostics/figure-calls answered 404", 0));

        Find(within, "Grain calls").Verdict.ShouldBe(Verdict.Pass);
        Find(within, "Grain calls").Figure.ShouldContain("max 20.0/s");
        Find(over, "Grain calls").Verdict.ShouldBe(Verdict.Fail);
        Find(over, "Grain calls").Figure.ShouldContain("`dept:streets`");
        Find(slow, "Grain calls").Verdict.ShouldBe(Verdict.NotReached);
        Find(unreadable, "Grain calls").Verdict.ShouldBe(Verdict.NotMeasured);
        Find(unreadable, "Grain calls").Figure.ShouldContain("404");
        Find(SampleRun.With(), "Grain calls").Verdict.ShouldBe(Verdict.NotMeasured);
    }

    [Fact]
    public void BulkNeedsFiftyThousandEventsPerSecond()
    {
        Find(SampleRun.With(bulk: new CapacityResult("bulk", 100_000, 0, 1.9, LatencySummary.Empty)), "Bulk").Verdict.ShouldBe(Verdict.Pass);
        Find(SampleRun.With(bulk: new CapacityResult("bulk", 100_000, 0, 2.1, LatencySummary.Empty)), "Bulk").Verdict.ShouldBe(Verdict.Fail);
    }

    [Fact]
    public void MemoryIsJudgedOnceAMillionRequestsAreIn()
    {
        var small = SampleRun.With(cityAfter: 20_000, peakRss: new Dictionary<string, double> { ["silo"] = 400 });
        var million = SampleRun.With(cityAfter: 1_000_000, peakRss: new Dictionary<string, double> { ["silo"] = 1_200 });
        var heavy = SampleRun.With(cityAfter: 1_200_000, peakRss: new Dictionary<string, double> { ["silo"] = 1_600 });

        Find(small, "Silo memory").Verdict.ShouldBe(Verdict.NotReached);
        Find(million, "Silo memory").Verdict.ShouldBe(Verdict.Pass);
        Find(heavy, "Silo memory").Verdict.ShouldBe(Verdict.Fail);
        Find(SampleRun.With(peakRss: new Dictionary<string, double>()), "Silo memory").Verdict.ShouldBe(Verdict.NotMeasured);
    }

    [Fact]
    public void CountsMustAddUpAndMatchTheCity()
    {
        var good = SampleRun.With(cityBefore: 10, cityAfter: 1_010);
        var lost = SampleRun.With(counts: new RunCounts(1_000, 990, 0, 0, 0, 5, 0, new Dictionary<string, long>(), new Dictionary<string, long>()));
        var blind = SampleRun.With(cityBefore: null);

        CountChecks.Evaluate(good).ShouldAllBe(c => c.Pass);
        CountChecks.Evaluate(lost).Count(c => !c.Pass).ShouldBe(2);
        CountChecks.Evaluate(blind).Single(c => c.Name.StartsWith("city", StringComparison.Ordinal)).Pass.ShouldBeFalse();
    }

    [Fact]
    public void AcceptedContactEventsDoNotCountAsRequestsTheCityMustHaveReceived()
    {
        // 1,000 accepted, of which 400 contact and agent events: the city may move by the 600 requests only.
        var mixed = new RunCounts(1_000, 1_000, 0, 0, 0, 0, 0, new Dictionary<string, long>(), new Dictionary<string, long>()) { AcceptedRequests = 600 };

        City(SampleRun.With(cityBefore: 10, cityAfter: 610, counts: mixed)).Pass.ShouldBeTrue();
        City(SampleRun.With(cityBefore: 10, cityAfter: 1_010, counts: mixed)).Pass.ShouldBeFalse();
    }

    [Fact]
    public void QueueGlassIsJudgedOnlyAtTheScenariosKneeRate()
    {
        StepResult Step(double rate, double p99) => SampleRun.Step(rate, 300, 100) with
        {
            QueueGlass = new LatencySummary(500, p99 / 4, p99, p99, p99, p99 * 2, p99 / 3), ContactsPerSecond = rate / 4,
        };
        RunResult Run(double? knee, params StepResult[] steps) => SampleRun.With(steps: steps) with
        {
            Scenario = SampleRun.With().Scenario with { KneeRate = knee },
            QueueGlass = new LatencySummary(1_000, 20, 40, 60, 80, 100, 25), QueueProbes = 2,
        };

        var held = Find(Run(3_000, Step(500, 900), Step(2_998, 240)), "Queue frames");
        var broke = Find(Run(3_000, Step(3_000, 240), Step(3_000, 260)), "Queue frames");
        var noKnee = Find(Run(null, Step(3_000, 100)), "Queue frames");
        var none = Find(SampleRun.With(), "Queue frames");

        held.Verdict.ShouldBe(Verdict.Pass, "the 500/s warm-up's 900 ms is below the knee rate and not judged");
        held.Figure.ShouldContain("p99 240 ms");
        held.Figure.ShouldContain("750 contacts/s");
        broke.Verdict.ShouldBe(Verdict.Fail);
        broke.Figure.ShouldContain("p99 260 ms");
        noKnee.Verdict.ShouldBe(Verdict.NotReached);
        noKnee.Figure.ShouldContain("names no knee_rate");
        none.Verdict.ShouldBe(Verdict.NotMeasured);
    }

    private static CountCheck City(RunResult run) => CountChecks.Evaluate(run).Single(c => c.Name.StartsWith("city", StringComparison.Ordinal));
}
