using Philly311.Ops.Dashboard.Map;

namespace Philly311.Ops.Dashboard.Tests.Map;

public sealed class ChoroplethScaleTests
{
    [Fact]
    public void ZeroHasItsOwnClassAndTheRestSplitIntoFiveEqualNamedRanges()
    {
        var classes = ChoroplethScale.For(12, MapMeasure.Open);

        classes.Select(c => c.Label).ShouldBe(["0", "1–3", "4–6", "7–9", "10–12"]);
        classes[0].Color.ShouldBe(ChoroplethScale.ZeroColor);
        ChoroplethScale.ClassOf(3, classes).Label.ShouldBe("1–3");
        ChoroplethScale.ClassOf(4, classes).Label.ShouldBe("4–6");
        ChoroplethScale.ClassOf(12, classes).Label.ShouldBe("10–12");
    }

    [Fact]
    public void SmallValuesGetOneClassEachAndTheMostIsAlwaysTheBrightest()
    {
        var few = ChoroplethScale.For(2, MapMeasure.Open);
        var many = ChoroplethScale.For(500, MapMeasure.Open);

        few.Select(c => c.Label).ShouldBe(["0", "1", "2"]);
        few[^1].Color.ShouldBe(many[^1].Color);
    }

    [Fact]
    public void NothingAnywhereIsOneZeroClass() =>
        ChoroplethScale.For(0, MapMeasure.Breaches).ShouldHaveSingleItem().Label.ShouldBe("0");

    [Fact]
    public void BreachesUseTheirOwnColors() =>
        ChoroplethScale.For(5, MapMeasure.Breaches)[^1].Color.ShouldNotBe(ChoroplethScale.For(5, MapMeasure.Open)[^1].Color);
}
