using Philly311.Ops.LoadTests.Figures;

namespace Philly311.Ops.LoadTests.Tests.Figures;

public sealed class FigureCallRatesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static FigureCallSample At(double second, params (string Figure, long Calls)[] calls) =>
        new(second, T0.AddSeconds(second), calls.ToDictionary(c => c.Figure, c => c.Calls, StringComparer.Ordinal));

    [Fact]
    public void RatesAreTheDifferenceOfTotalsOverTheSilosOwnTime()
    {
        var earlier = At(10, ("city", 100), ("dept:streets", 40));
        var later = new FigureCallSample(11.3, T0.AddSeconds(12), new Dictionary<string, long> { ["city"] = 134, ["dept:streets"] = 40, ["hood:7"] = 6 });

        var rates = FigureCallRates.Between(earlier, later).ShouldNotBeNull();

        rates["city"].ShouldBe(17, 1e-9, "34 calls over the silo's 2 s, not the 1.3 s between the answers' arrivals");
        rates["dept:streets"].ShouldBe(0);
        rates["hood:7"].ShouldBe(3, 1e-9, "a figure first seen counts from zero");
    }

    [Fact]
    public void AnIntervalAcrossASiloRestartIsNoRate()
    {
        FigureCallRates.Between(At(1, ("city", 500)), At(2, ("city", 12))).ShouldBeNull("totals went down");
        FigureCallRates.Between(At(1, ("city", 5), ("dept:water", 2)), At(2, ("city", 9))).ShouldBeNull("a figure vanished");
        FigureCallRates.Between(At(1, ("city", 5)), At(1, ("city", 9))).ShouldBeNull("no time passed");
    }

    [Fact]
    public void TheHottestFigureHasTheHighestRateOverOneIntervalOfTheWindow()
    {
        var samples = new[]
        {
            At(0, ("city", 0), ("dept:streets", 0)),
            At(1, ("city", 16), ("dept:streets", 10)),
            At(2, ("city", 32), ("dept:streets", 35)),   // streets: 25 in this second
            At(3, ("city", 48), ("dept:streets", 40)),
            At(4, ("city", 200), ("dept:streets", 41)),  // outside the window below
        };

        var hot = FigureCallRates.Hottest(samples, 0, 3.5).ShouldNotBeNull();

        hot.Figure.ShouldBe("dept:streets");
        hot.MaxPerSecond.ShouldBe(25, 1e-9);
        hot.MeanPerSecond.ShouldBe(40 / 3.0, 1e-9);
        hot.Intervals.ShouldBe(3);
    }

    [Fact]
    public void TheWindowSkipsARestartAndNeedsTwoSamples()
    {
        var samples = new[] { At(0, ("city", 900)), At(1, ("city", 10)), At(2, ("city", 22)) };

        var hot = FigureCallRates.Hottest(samples, 0, 2).ShouldNotBeNull();

        hot.MaxPerSecond.ShouldBe(12, 1e-9, "the restart interval (900 → 10) is skipped, not read as a huge or negative rate");
        hot.Intervals.ShouldBe(1);
        FigureCallRates.Hottest(samples, 1.5, 2.5).ShouldBeNull();
    }

    [Fact]
    public void TheDiagnosticsAnswerIsReadAsRunningTotals()
    {
        var sample = FigureCallSampler.Parse("""{"asOf":"2026-12-01T10:00:05+00:00","calls":{"city":42,"dept:streets":7,"dept":42}}""", 3.5);

        sample.Second.ShouldBe(3.5);
        sample.AsOf.ShouldBe(T0.AddSeconds(5));
        sample.Calls["dept:streets"].ShouldBe(7);
        sample.Calls.Count.ShouldBe(3);
    }
}
