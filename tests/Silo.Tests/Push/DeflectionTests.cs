using Philly311.Ops.Contracts.Faq;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Push;

namespace Philly311.Ops.Silo.Tests.Push;

public sealed class DeflectionTests
{
    private static readonly FaqTopic Parking = new("parking", "parking", ["abandoned-vehicle"]);

    // 10:07 EST on a winter day: quarter 40 (10:00–10:15).
    private static readonly DateTimeOffset PushedAt = new(2026, 12, 1, 10, 7, 0, TimeSpan.FromHours(-5));

    [Fact]
    public void TheHourBeforeAndTheHourAfterThePushAreComparedInWords()
    {
        var quarters = new long[96];
        for (var s = 36; s < 40; s++) quarters[s] = 4; // 16 in the hour before 10:00
        quarters[40] = 3; quarters[41] = 3; quarters[42] = 2; quarters[43] = 2; // 10 after

        var series = Deflection.Compute("p1", PushedAt, Parking, quarters, "2026-12-01", PushedAt.AddHours(2));

        series.HourBefore.ShouldBe(16);
        series.HourAfter.ShouldBe(10);
        series.Words.ShouldBe("requests about parking −38 % in the hour after the push (16 → 10)");
        series.PerQuarter.Length.ShouldBe(16);
        series.PerQuarter[series.PushQuarter].ShouldBe(3);
        CityTime.ToLocal(series.FirstQuarter!.Value).Hour.ShouldBe(8);
    }

    [Fact]
    public void AnHourNotOverYetSaysSoAndAQuietHourBeforeGivesNoPercentage()
    {
        var quarters = new long[96];
        quarters[40] = 2;

        var series = Deflection.Compute("p1", PushedAt, Parking, quarters, "2026-12-01", PushedAt.AddMinutes(20));

        series.HourAfterComplete.ShouldBeFalse();
        series.Words.ShouldBe("requests about parking: 2 so far in the hour after the push (none in the hour before)");
    }

    [Fact]
    public void APushOnAnotherDayHasNoSeriesRatherThanAWrongOne()
    {
        var series = Deflection.Compute("p1", PushedAt, Parking, new long[96], "2026-12-02", PushedAt.AddDays(1));

        series.PerQuarter.ShouldBeEmpty();
        series.Words.ShouldContain("not available");
    }
}
