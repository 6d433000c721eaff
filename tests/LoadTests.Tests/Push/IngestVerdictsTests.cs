using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Push;
using Philly311.Ops.LoadTests.Reports;
using Philly311.Ops.LoadTests.Runs;
using Philly311.Ops.LoadTests.Scenarios;

namespace Philly311.Ops.LoadTests.Tests.Push;

public sealed class IngestVerdictsTests
{
    private static readonly KneePlan Plan = new(250, 250, 15_000, TimeSpan.FromSeconds(8), 1_000, GlassP99Ms: 250, IngestP99Ms: 500, ErrorRate: 0.01);

    private static StepResult Phase(double ingestP99, double glassP50, double glassP99, long errors = 0) =>
        new("phase", "inject 340/s", 20, 6_800, 6_800, 6_800 - errors, errors, 340, 340 - errors / 20.0,
            new LatencySummary(6_800, ingestP99 / 4, ingestP99 / 2, ingestP99, ingestP99, ingestP99, ingestP99 / 4),
            new LatencySummary(1_000, glassP50, glassP99, glassP99, glassP99, glassP99, glassP50), 310);

    private static BudgetVerdict Find(IReadOnlyList<BudgetVerdict> verdicts, string start) => verdicts.Single(v => v.Budget.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void ThePushPhaseIsJudgedAndGivenAsARatioToTheSameRateWithoutIt()
    {
        var without = Phase(20, 30, 120);

        var held = IngestVerdicts.Evaluate(without, Phase(30, 35, 150), Plan);
        var slow = IngestVerdicts.Evaluate(without, Phase(600, 35, 150), Plan);

        Find(held, "Ingest p99").Verdict.ShouldBe(Verdict.Pass);
        Find(held, "Ingest p99").Figure.ShouldContain("p99 1.50×");
        Find(held, "Event-to-glass").Verdict.ShouldBe(Verdict.Pass);
        IngestVerdicts.Unchanged(held).ShouldBe(Verdict.Pass);
        Find(slow, "Ingest p99").Verdict.ShouldBe(Verdict.Fail);
        Find(slow, "Ingest p99").Figure.ShouldContain("ingest p99 600 ms > 500 ms");
        IngestVerdicts.Unchanged(slow).ShouldBe(Verdict.Fail);
    }

    [Fact]
    public void GlassOverEitherThresholdOrErrorsOverOnePercentFail()
    {
        var without = Phase(20, 30, 120);

        Find(IngestVerdicts.Evaluate(without, Phase(20, 55, 120), Plan), "Event-to-glass").Verdict.ShouldBe(Verdict.Fail);
        Find(IngestVerdicts.Evaluate(without, Phase(20, 30, 260), Plan), "Event-to-glass").Verdict.ShouldBe(Verdict.Fail);
        Find(IngestVerdicts.Evaluate(without, Phase(20, 30, 120, errors: 100), Plan), "Ingest p99").Verdict.ShouldBe(Verdict.Fail);
        Find(IngestVerdicts.Evaluate(without, Phase(20, 30, 120), Plan), "Single-event").Verdict.ShouldBe(Verdict.NotMeasured);
    }
}
