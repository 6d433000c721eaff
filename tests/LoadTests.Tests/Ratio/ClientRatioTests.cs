using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Ratio;
using Philly311.Ops.LoadTests.Reports;

namespace Philly311.Ops.LoadTests.Tests.Ratio;

public sealed class ClientRatioTests
{
    private static RatioPhase Phase(int round, string client, string target, double perSecond, double generatorCpu = 1, double serverCpu = 1, double redisCpu = 0, double busy = 100) =>
        new(round, client, target, (long)(perSecond * 10), (long)(perSecond * 10), 0, 10, 1, 5, generatorCpu, serverCpu, redisCpu, busy);

    private static IngestRatioResult Run(IReadOnlyList<RatioPhase> phases, string? wrkMissing = null) =>
        new("ingest-ratio-1", DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(60), "stand-in",
            new IngestRatioOptions(null, "k", 2, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(3), 2, 32, 32, 64, null),
            wrkMissing is null ? "/usr/bin/wrk" : null, wrkMissing, phases, [], 0, 100, 100, 64, false, []);

    [Fact]
    public void TheRatioIsPooledOverRoundsAndShownPerRound()
    {
        var phases = new[]
        {
            Phase(1, RatioPhase.Wrk, RatioPhase.Bare, 40_000), Phase(1, RatioPhase.Wrk, RatioPhase.Silo, 20_000),
            Phase(2, RatioPhase.Wrk, RatioPhase.Bare, 60_000), Phase(2, RatioPhase.Wrk, RatioPhase.Silo, 20_000),
        };

        var ratio = ClientRatio.Of(phases, RatioPhase.Wrk).ShouldNotBeNull();

        ratio.Rounds.ShouldBe([0.5, 1 / 3.0], tolerance: 1e-9);
        ratio.Pooled.ShouldBe(0.4, 1e-9, "mean silo 20,000 ÷ mean bare 50,000");
        ClientRatio.Of(phases, RatioPhase.Tool).ShouldBeNull();
    }

    [Fact]
    public void EachClientIsItsOwnBudgetAndAMissingWrkIsNotMeasured()
    {
        var both = Run([
            Phase(1, RatioPhase.Wrk, RatioPhase.Bare, 40_000), Phase(1, RatioPhase.Wrk, RatioPhase.Silo, 20_000),
            Phase(1, RatioPhase.Tool, RatioPhase.Bare, 30_000), Phase(1, RatioPhase.Tool, RatioPhase.Silo, 14_999)]);
        var noWrk = Run([Phase(1, RatioPhase.Tool, RatioPhase.Bare, 30_000), Phase(1, RatioPhase.Tool, RatioPhase.Silo, 15_000)], "wrk is not on PATH (apt-get install wrk)");

        var verdicts = IngestRatioReport.Verdicts(both);
        verdicts[0].Verdict.ShouldBe(Verdict.Pass);
        verdicts[0].Figure.ShouldStartWith("0.50×");
        verdicts[1].Verdict.ShouldBe(Verdict.Fail);
        var missing = IngestRatioReport.Verdicts(noWrk);
        missing[0].Verdict.ShouldBe(Verdict.NotMeasured);
        missing[0].Figure.ShouldContain("not on PATH");
        missing[1].Verdict.ShouldBe(Verdict.Pass);
    }

    [Fact]
    public void CpuPerRequestPredictsTheRatioWhenCoresAreTheLimit()
    {
        // 10 s at 100% of 2 cores: bare costs 20 + 20 µs a request, silo 20 + 60 + 20 µs: the cores allow 2.5× fewer silo requests.
        var bare = new RatioExplanation.Cost(20, 20, 0, 100, 50_000);
        var silo = new RatioExplanation.Cost(20, 60, 20, 100, 20_000);

        RatioExplanation.Predicted(bare, silo).ShouldBe(0.4, 1e-9);
        RatioExplanation.Predicted(bare, silo with { BusyPercent = 50 }).ShouldBe(0.2, 1e-9, "a silo phase that left half the machine idle was waiting, not computing");
    }

    [Fact]
    public void TheCountCheckAllowsOnlyWrksInFlightRequests()
    {
        var run = Run([]);

        IngestRatioReport.Checks(run with { CityBefore = 0, CityAfter = 1_000, SiloAcknowledged = 1_000 }).Single().Pass.ShouldBeTrue();
        IngestRatioReport.Checks(run with { CityBefore = 0, CityAfter = 1_064, SiloAcknowledged = 1_000 }).Single().Pass.ShouldBeTrue();
        IngestRatioReport.Checks(run with { CityBefore = 0, CityAfter = 1_065, SiloAcknowledged = 1_000 }).Single().Pass.ShouldBeFalse();
        IngestRatioReport.Checks(run with { CityBefore = 0, CityAfter = 999, SiloAcknowledged = 1_000 }).Single().Pass.ShouldBeFalse("an acknowledged request went missing");
    }
}
