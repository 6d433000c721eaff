using Philly311.Ops.LoadTests.Replay;

namespace Philly311.Ops.LoadTests.Tests.Replay;

public sealed class CloseTimeEstimatesTests
{
    private static readonly CloseTimeEstimates Shipped = CloseTimeEstimates.Read(CloseTimeEstimates.DefaultPath);

    [Fact]
    public void AnInformationRequestClosesWithinMinutes()
    {
        var estimate = Shipped.For("Information Request", "17423953");

        estimate.ShouldBeInRange(TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(9));
    }

    [Fact]
    public void EveryTypeOfTheSampleHasItsOwnLineAndOthersTakeTheDefault()
    {
        var sample = CaseCsvReader.Read(Path.Combine(AppContext.BaseDirectory, "Data", "philly311_2025-02-14_eagles_parade_day_sample.csv"));
        var fallback = Shipped.Typical("A type nobody has heard of");

        fallback.ShouldBe(TimeSpan.FromHours(72));
        var listed = sample.Events.Select(e => e.ServiceName).Distinct().Where(name => name is not "Other (Streets)");
        listed.ShouldAllBe(name => Shipped.Typical(name) != fallback);
    }

    [Fact]
    public void EachRequestGetsAFixedShareOfItsTypesTypicalTime()
    {
        var estimates = new CloseTimeEstimates(new Dictionary<string, TimeSpan> { ["Pothole"] = TimeSpan.FromHours(10) }, TimeSpan.FromHours(1));

        var spread = Enumerable.Range(0, 200).Select(i => estimates.For("Pothole", "id" + i)).ToList();

        spread.ShouldAllBe(t => t >= TimeSpan.FromHours(5) && t <= TimeSpan.FromHours(15));
        spread.Distinct().Count().ShouldBeGreaterThan(100, "closes spread out instead of landing in step");
        estimates.For("Pothole", "id7").ShouldBe(spread[7]);
    }
}
