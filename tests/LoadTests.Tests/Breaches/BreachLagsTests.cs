using Philly311.Ops.LoadTests.Breaches;

namespace Philly311.Ops.LoadTests.Tests.Breaches;

public sealed class BreachLagsTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EachRequestsLagIsWhenTheTotalFirstReachedItsRankMinusItsDueTime()
    {
        var dues = BreachLoad.Dues(4, Start, TimeSpan.FromSeconds(4));
        (DateTimeOffset, long)[] seen = [(Start.AddMilliseconds(200), 1), (Start.AddMilliseconds(2300), 3), (Start.AddMilliseconds(3900), 4)];

        var lags = BreachLags.From(dues, seen, Start, Start.AddSeconds(10));

        lags.Measured.ShouldBe(4);
        lags.Missed.ShouldBe(0);
        // 200, 1300, 300 and 900 ms.
        lags.MaxMs.ShouldBe(1300, 2);
        lags.WithinBudgetShare.ShouldBe(0.75);
        lags.Pass.ShouldBeFalse();
    }

    [Fact]
    public void ARequestNeverSeenBreachedIsMissedAndFailsTheRun()
    {
        var dues = BreachLoad.Dues(3, Start, TimeSpan.FromSeconds(3));
        (DateTimeOffset, long)[] seen = [(Start.AddMilliseconds(100), 1), (Start.AddMilliseconds(1100), 2)];

        var lags = BreachLags.From(dues, seen, Start, Start.AddSeconds(10));

        lags.Measured.ShouldBe(2);
        lags.Missed.ShouldBe(1);
        lags.Pass.ShouldBeFalse();
    }

    [Fact]
    public void RequestsDueOutsideTheWindowAreNotMeasured()
    {
        var dues = BreachLoad.Dues(10, Start, TimeSpan.FromSeconds(10));
        (DateTimeOffset, long)[] seen = [.. Enumerable.Range(1, 10).Select(i => (Start.AddSeconds(i - 1).AddMilliseconds(400), (long)i))];

        var lags = BreachLags.From(dues, seen, Start.AddSeconds(2), Start.AddSeconds(5));

        lags.Measured.ShouldBe(4);
        lags.P99Ms.ShouldBe(400, 1);
        lags.Pass.ShouldBeTrue();
    }
}
