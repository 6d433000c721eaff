using Philly311.Ops.Contracts.Faq;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Faq;
using Philly311.Ops.Silo.Push;

namespace Philly311.Ops.Silo.Tests.Push;

public sealed class DeflectionTests
{
    private static readonly FaqTopic Parking = new("parking", "parking", ["abandoned-vehicle"]);

    // 10:07 EST on a winter day: quarter 40 (10:00–10:15); the hour after is 10:00–11:00, the hour before 09:00–10:00.
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
        series.Words.ShouldBe("requests about parking: 2 so far in the hour after the push (the hour ends at 11:00; none in the hour before)");
    }

    [Fact]
    public void APushOnAnotherDayHasNoSeriesRatherThanAWrongOne()
    {
        var series = Deflection.Compute("p1", PushedAt, Parking, new long[96], "2026-12-02", PushedAt.AddDays(1));

        series.PerQuarter.ShouldBeEmpty();
        series.Words.ShouldContain("not available");
    }

    [Fact]
    public void CallsToTheTopicsQueuesAreComparedInWordsOnTheSameQuartersAsTheRequests()
    {
        var calls = new long[96];
        for (var s = 36; s < 40; s++) calls[s] = 13; // 52 offered 09:00–10:00
        calls[40] = 10; calls[41] = 8; calls[42] = 7; calls[43] = 7; // 32 offered 10:00–11:00
        calls[44] = 99; // 11:00: past the hour after, in the series only

        var series = Deflection.Compute("p1", PushedAt, Parking, Input(calls, "2026-12-01"), PushedAt.AddHours(1));

        series.Contacts.HourBefore.ShouldBe(52);
        series.Contacts.HourAfter.ShouldBe(32);
        series.Contacts.Words.ShouldBe("calls about parking −38 % in the hour after the push (52 → 32, queue streets-sanitation)");
        series.Contacts.PerQuarter.Length.ShouldBe(series.PerQuarter.Length);
        series.Contacts.PerQuarter[series.PushQuarter].ShouldBe(10);
        series.Contacts.PerQuarter[series.PushQuarter + 4].ShouldBe(99);
        series.Queues.ShouldBe(["streets-sanitation"]);
    }

    [Fact]
    public void AnEmptyHourAfterThatIsNotOverIsSoFarNeverMinusOneHundredPercent()
    {
        var calls = new long[96];
        for (var s = 36; s < 40; s++) calls[s] = 13;

        var series = Deflection.Compute("p1", PushedAt, Parking, Input(calls, "2026-12-01"), PushedAt.AddMinutes(5));

        series.Contacts.Words.ShouldBe("calls about parking: 0 so far in the hour after the push (the hour ends at 11:00; 52 in the hour before, queue streets-sanitation)");
        series.Contacts.Words.ShouldNotContain("%");
    }

    [Fact]
    public void AQuietHourBeforeOrAQuietHourAfterIsSaidInWordsWithoutAPercentage()
    {
        var quietBefore = new long[96];
        quietBefore[41] = 6;
        var quietAfter = new long[96];
        quietAfter[38] = 6;

        var noBase = Deflection.Compute("p1", PushedAt, Parking, Input(quietBefore, "2026-12-01"), PushedAt.AddHours(2));
        var none = Deflection.Compute("p1", PushedAt, Parking, Input(quietAfter, "2026-12-01"), PushedAt.AddHours(2));

        noBase.Contacts.Words.ShouldBe("calls about parking: 6 in the hour after the push (none in the hour before, so no percentage, queue streets-sanitation)");
        none.Contacts.Words.ShouldBe("calls about parking: none in the hour after the push (6 in the hour before, queue streets-sanitation)");
    }

    [Fact]
    public void QueuesOnAnotherDayOrNoQueueMappedGiveNoCallSeries()
    {
        var yesterday = Deflection.Compute("p1", PushedAt, Parking, Input(new long[96], "2026-11-30"), PushedAt.AddHours(2));
        var unmapped = Deflection.Compute("p1", PushedAt, Parking, new long[96], "2026-12-01", PushedAt.AddHours(2));

        yesterday.Contacts.PerQuarter.ShouldBeEmpty();
        yesterday.Contacts.Words.ShouldContain("not available");
        unmapped.Contacts.PerQuarter.ShouldBeEmpty();
        unmapped.Contacts.Words.ShouldContain("no contact queue mapped");
    }

    [Fact]
    public void AQueueSlugThatCannotBeAQueueFailsTheStartWithTheKeyNamed()
    {
        var options = new FaqOptions { Queues = { ["parking"] = ["streets-sanitation", "Streets Sanitation"] } };

        DeflectionMapCheck.BadSlug(options).ShouldBe("Faq:Queues:parking: 'Streets Sanitation' is not a queue slug (lowercase letters, digits and '-', at most 64 characters).");
        DeflectionMapCheck.BadSlug(new FaqOptions { Queues = { ["parking"] = ["streets-sanitation"] } }).ShouldBeNull();
    }

    private static DeflectionInput Input(long[] calls, string queuesToday) =>
        new(new long[96], "2026-12-01", ["streets-sanitation"], calls, queuesToday);
}
