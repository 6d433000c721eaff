using Philly311.Ops.LoadTests.Circuits;

namespace Philly311.Ops.LoadTests.Tests.Circuits;

public sealed class CircuitSeriesTests
{
    private static HeapReading Live(long bytes, long rss = 200_000_000) => new(bytes, bytes + 1_000_000, rss, 7, "Induced");

    private static MemoryStep Step(int tabs, params long[] live) => new(tabs, live.Select(b => Live(b)).ToList());

    [Fact]
    public void AStepsFigureIsTheMedianOfItsReadingsAndItsSpreadMaxMinusMin()
    {
        var step = Step(5, 21_000_000, 25_000_000, 21_200_000);

        step.LiveBytes.ShouldBe(21_200_000);
        step.LiveSpread.ShouldBe(4_000_000);
        MemoryStep.Median([1, 4]).ShouldBe(2);
    }

    [Fact]
    public void TheSeriesIsJudgedOnTheSlopeOfItsStepsMedians()
    {
        var series = new CircuitSeries("board", "/",
            [Step(0, 20_000_000), Step(5, 21_000_000, 21_000_000, 30_000_000), Step(10, 22_000_000), Step(20, 24_000_000)],
            Live(20_400_000), Live(20_000_000), TimeSpan.FromMinutes(3), []);

        series.LiveFit!.Slope.ShouldBe(200_000, 1e-6);
        series.Verdict.Outcome.ShouldBe(CircuitJudgement.Pass);
        series.StepsWithTabs.ShouldBe(3);
        // Grew 4 MB to the last step: 3.6 MB of it gone at close, all of it after the retention period.
        series.Returned(series.AtClose)!.Value.ShouldBe(0.9, 1e-12);
        series.Returned(series.AfterRetention)!.Value.ShouldBe(1, 1e-12);
    }

    [Fact]
    public void ASeriesWithOnlyTheZeroStepHasNoFitAndIsInconclusive()
    {
        var series = new CircuitSeries("board", "/", [Step(0, 20_000_000)], null, null, TimeSpan.Zero, []);

        series.LiveFit.ShouldBeNull();
        series.Verdict.Outcome.ShouldBe(CircuitJudgement.Inconclusive);
        series.Returned(Live(1)).ShouldBeNull();
    }

    [Fact]
    public void TypeGrowthIsTheChangePerCircuitLargestFirst()
    {
        TypeShare[] before = [new("System.String", 1_000, 50_000), new("RenderTreeFrame[]", 10, 40_000)];
        TypeShare[] after = [new("System.String", 3_000, 150_000), new("RenderTreeFrame[]", 50, 840_000), new("System.Byte[]", 20, 200_000)];

        var growth = TypeGrowth.Between(before, after, tabs: 10, top: 2);

        growth.Select(g => g.Type).ShouldBe(["RenderTreeFrame[]", "System.Byte[]"]);
        growth[0].BytesPerCircuit.ShouldBe(80_000);
        growth[0].ObjectsPerCircuit.ShouldBe(4);
    }
}
