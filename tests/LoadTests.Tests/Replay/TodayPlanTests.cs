using Microsoft.Extensions.Time.Testing;
using Philly311.Ops.Contracts.Ingest;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.LoadTests.Replay;

namespace Philly311.Ops.LoadTests.Tests.Replay;

public sealed class TodayPlanTests
{
    private static readonly CaseFile Sample = CaseCsvReader.Read(Path.Combine(AppContext.BaseDirectory, "Data", "philly311_2025-02-14_eagles_parade_day_sample.csv"));
    private static readonly CloseTimeEstimates Estimates = CloseTimeEstimates.Read(CloseTimeEstimates.DefaultPath);

    /// <summary>A city wall-clock time as the instant it names.</summary>
    private static DateTimeOffset City(int year, int month, int day, int hour, int minute) =>
        CityDayShift.FromCityWallClock(new DateTime(year, month, day, hour, minute, 0));

    private static ServiceRequestEvent Row(string id, DateTimeOffset requested, string status = "Open", string? service = "Street Defect") =>
        new() { ServiceRequestId = id, RequestedDatetime = requested, Status = status, ServiceName = service };

    private static TodayPlan Plan(IReadOnlyList<ServiceRequestEvent> rows, DateTimeOffset now, double speed = 1, string prefix = "run1-") =>
        TodayPlan.Build(rows, Estimates, new FakeTimeProvider(now), speed, prefix);

    [Fact]
    public void RowsBeforeNowLoadAtOnceWithShiftedTimesAndLaterRowsPlayLiveInOrder()
    {
        var rows = new[]
        {
            Row("evening", City(2025, 2, 13, 19, 49)),
            Row("morning", City(2025, 2, 14, 8, 13)),
            Row("noon", City(2025, 2, 14, 12, 53)),
            Row("late-morning", City(2025, 2, 14, 11, 0)),
        };

        var plan = Plan(rows, City(2026, 12, 1, 10, 0));

        plan.AtOnce.Select(e => (e.Event.ServiceRequestId, e.Event.RequestedDatetime)).ShouldBe(
        [
            ("run1-p0-evening", City(2026, 11, 30, 19, 49)),
            ("run1-p0-morning", City(2026, 12, 1, 8, 13)),
        ]);
        var live = plan.Live.Take(4).ToList();
        live.Select(e => e.Event.ServiceRequestId).ShouldBe(["run1-p0-late-morning", "run1-p0-noon", "run1-p1-morning", "run1-p1-late-morning"]);
        live[0].At.ShouldBe(City(2026, 12, 1, 11, 0));
        live[1].At.ShouldBe(City(2026, 12, 1, 12, 53));
        live[2].At.ShouldBe(City(2026, 12, 1, 14, 13), "the fill pass replays the last six hours six hours later");
        live.ShouldAllBe(e => e.Event.RequestedDatetime == e.At);
    }

    [Fact]
    public void TheSampleDayLandsOnYesterdayEveningAndTodayInCityTime()
    {
        var now = City(2026, 12, 1, 10, 30);

        var plan = Plan(Sample.Events, now);

        var expected = Sample.Events.Select(e => CityTime.ToLocal(e.RequestedDatetime)).Count(t => t.Day == 13 || t.TimeOfDay <= new TimeSpan(10, 30, 0));
        plan.AtOnce.Count(e => e.Kind == VersionKind.Open).ShouldBe(expected);
        plan.AtOnce.ShouldAllBe(e => e.At <= now);
        plan.AtOnce.Min(e => e.At).ShouldBe(City(2026, 11, 30, 19, 49).AddSeconds(CityTime.ToLocal(Sample.Events.Min(e => e.RequestedDatetime)).Second));
        var bars = plan.QuarterHoursToday();
        bars.Count(n => n > 0).ShouldBeGreaterThan(10, "the morning spreads over its quarter hours, not one bar");
        bars.Sum().ShouldBe(Sample.Events.Select(e => CityTime.ToLocal(e.RequestedDatetime)).Count(t => t.Day == 14 && t.TimeOfDay <= new TimeSpan(10, 30, 0)));
        plan.Live.First().At.ShouldBeGreaterThan(now);
    }

    [Fact]
    public void TheLivePartIsInTimeOrderAndNoIdRepeatsOverDays()
    {
        var plan = Plan(Sample.Events, City(2026, 12, 1, 10, 30));

        var live = plan.Live.TakeWhile(e => e.At < City(2026, 12, 4, 0, 0)).ToList();

        live.Zip(live.Skip(1)).ShouldAllBe(pair => pair.First.At <= pair.Second.At);
        var opens = plan.AtOnce.Concat(live).Where(e => e.Kind == VersionKind.Open).Select(e => e.Event.ServiceRequestId).ToList();
        opens.Distinct().Count().ShouldBe(opens.Count);
        opens.Count.ShouldBeGreaterThan(3 * Sample.Events.Count, "three more days of main and fill passes");
    }

    [Fact]
    public void TheRestOfTodayIsTheLivePartsBeginning()
    {
        var plan = Plan(Sample.Events, City(2026, 12, 1, 10, 30));

        var opened = plan.LaterToday.Where(e => e.Kind == VersionKind.Open).ToList();

        var local = Sample.Events.Select(e => CityTime.ToLocal(e.RequestedDatetime).DateTime).ToList();
        var expected = local.Count(t => t.Day == 14 && t.TimeOfDay > new TimeSpan(10, 30, 0))
            + local.Count(t => t > local.Max().AddHours(-6))
            + local.Count(t => t.Day == 13);
        opened.Count.ShouldBe(expected, "the rest of the sample's day, the afternoon fill, and tomorrow's pass from 19:49");
        plan.LaterToday.ShouldAllBe(e => e.At > plan.Now && e.At < City(2026, 12, 2, 0, 0));
        plan.Live.Take(plan.LaterToday.Count + 1).ToList().ShouldSatisfyAllConditions(
            live => live.Take(plan.LaterToday.Count).ShouldBe(plan.LaterToday),
            live => live[^1].At.ShouldBeGreaterThanOrEqualTo(City(2026, 12, 2, 0, 0)));
    }

    [Fact]
    public void HoursAfterTheSamplesLastRequestArePlayedByTheFillPass()
    {
        var plan = Plan(Sample.Events, City(2026, 12, 1, 10, 30));

        var live = plan.Live.Where(e => e.Kind == VersionKind.Open).TakeWhile(e => e.At < City(2026, 12, 1, 19, 0)).ToList();

        var lastOfTheDay = live.Where(e => e.Pass == 0).Max(e => e.At);
        var afternoon = live.Where(e => e.Pass == 1).ToList();
        plan.Passes!.FillBlock.ShouldBe(TimeSpan.FromHours(6));
        afternoon.ShouldAllBe(e => e.At > lastOfTheDay);
        var hours = afternoon.Select(e => CityTime.ToLocal(e.At).Hour).ToHashSet();
        new[] { 13, 14, 15, 16, 17, 18 }.ShouldAllBe(h => hours.Contains(h), "13:00 to 18:53 all have requests");
        var last = Sample.Events.Max(e => CityTime.ToLocal(e.RequestedDatetime).DateTime);
        afternoon.Count.ShouldBe(Sample.Events.Count(e => CityTime.ToLocal(e.RequestedDatetime).DateTime > last.AddHours(-6)));
    }

    [Fact]
    public void AClosedRowWithoutACloseTimeOpensThenClosesAtTheEstimate()
    {
        var rows = new[] { Row("info", City(2025, 2, 14, 8, 0), "Closed", "Information Request") };

        var plan = Plan(rows, City(2026, 12, 1, 9, 0));

        var versions = plan.AtOnce.Where(e => e.Pass == 0).ToList();
        versions.Select(e => e.Kind).ShouldBe([VersionKind.Open, VersionKind.EstimatedClose]);
        versions[0].Event.Status.ShouldBe("Open");
        versions[0].At.ShouldBe(City(2026, 12, 1, 8, 0));
        var close = versions[1];
        close.Event.Status.ShouldBe("Closed");
        close.At.ShouldBeInRange(City(2026, 12, 1, 8, 3), City(2026, 12, 1, 8, 9));
        close.Event.UpdatedDatetime.ShouldBe(close.At);
        close.Event.ClosedDatetime.ShouldBeNull("an estimate is not passed off as a recorded close");
        plan.OpenAfterLoad().ShouldBe(0);
    }

    [Fact]
    public void AnEstimatedCloseStillAheadIsSentLive()
    {
        var rows = new[] { Row("dumping", City(2025, 2, 14, 8, 0), "Closed", "Illegal Dumping") };

        var plan = Plan(rows, City(2026, 12, 1, 9, 0));

        plan.AtOnce.ShouldHaveSingleItem().Kind.ShouldBe(VersionKind.Open);
        plan.OpenAfterLoad().ShouldBe(1);
        plan.OpenInDataAfterLoad().ShouldBe(0);
        var close = plan.Live.First(e => e.Event.ServiceRequestId == "run1-p0-dumping");
        close.Kind.ShouldBe(VersionKind.EstimatedClose);
        close.At.ShouldBeInRange(City(2026, 12, 1, 8, 0).AddHours(84), City(2026, 12, 1, 8, 0).AddHours(252));
    }

    [Fact]
    public void ARecordedCloseIsUsedAndKeepsItsCityTimeOfDay()
    {
        var rows = new[]
        {
            Row("pothole", City(2025, 2, 14, 8, 0), "Closed") with { ClosedDatetime = City(2025, 2, 14, 9, 30), UpdatedDatetime = City(2025, 2, 14, 9, 31) },
            Row("later", City(2025, 2, 14, 8, 5), "Closed") with { ClosedDatetime = City(2025, 2, 14, 15, 0) },
        };

        var plan = Plan(rows, City(2026, 12, 1, 10, 0));

        var pothole = plan.AtOnce.Where(e => e.Event.ServiceRequestId == "run1-p0-pothole").ToList();
        pothole.Select(e => e.Kind).ShouldBe([VersionKind.Open, VersionKind.Closed]);
        pothole[1].At.ShouldBe(City(2026, 12, 1, 9, 30));
        pothole[1].Event.UpdatedDatetime.ShouldBe(City(2026, 12, 1, 9, 31));
        var later = plan.Live.First(e => e.Event.ServiceRequestId == "run1-p0-later");
        later.Kind.ShouldBe(VersionKind.Closed);
        later.At.ShouldBe(City(2026, 12, 1, 15, 0));
    }

    [Fact]
    public void RowsOpenInTheDataStayOpen()
    {
        var plan = Plan(Sample.Events, City(2026, 12, 1, 12, 0));

        var live = plan.Live.TakeWhile(e => e.At < City(2027, 1, 15, 0, 0)).ToList();

        var trulyOpen = plan.AtOnce.Concat(live).Where(e => e.StaysOpen).Select(e => e.Event.ServiceRequestId).ToHashSet();
        trulyOpen.Count(id => id.StartsWith("run1-p0-", StringComparison.Ordinal)).ShouldBe(17);
        plan.AtOnce.Concat(live).Where(e => trulyOpen.Contains(e.Event.ServiceRequestId)).ShouldAllBe(e => e.Kind == VersionKind.Open);
        plan.OpenInDataAfterLoad().ShouldBe(Sample.Events.Count(e => e.Status == "Open" && CityTime.ToLocal(e.RequestedDatetime) is var t && (t.Day == 13 || t.TimeOfDay <= new TimeSpan(12, 0, 0))));
        plan.OpenAfterLoad().ShouldBeGreaterThan(plan.OpenInDataAfterLoad() + 20, "the morning's street, L&I and vehicle requests are still open by the estimate");
    }

    [Fact]
    public void OnASpringForwardDayRequestsKeepTheirTimesOfDay()
    {
        var rows = new[] { Row("a", City(2025, 2, 14, 1, 30)), Row("b", City(2025, 2, 14, 2, 30)), Row("c", City(2025, 2, 14, 9, 15)) };

        var plan = Plan(rows, City(2026, 3, 8, 9, 20));

        plan.AtOnce.Select(e => e.At).ShouldBe([DateTimeOffset.Parse("2026-03-08T06:30:00Z"), DateTimeOffset.Parse("2026-03-08T07:30:00Z"), DateTimeOffset.Parse("2026-03-08T13:15:00Z")]);
        plan.QuarterHoursToday()[9 * 4 + 1].ShouldBe(1);
        plan.QuarterHoursToday()[1 * 4 + 2].ShouldBe(1);
    }

    [Fact]
    public void OnAFallBackDayRequestsKeepTheirOrderAndTimesOfDay()
    {
        var rows = new[] { Row("a", City(2025, 2, 14, 0, 50)), Row("b", City(2025, 2, 14, 1, 30)), Row("c", City(2025, 2, 14, 2, 10)) };

        var plan = Plan(rows, City(2026, 11, 1, 2, 15));

        plan.AtOnce.Select(e => e.At).ShouldBe([DateTimeOffset.Parse("2026-11-01T04:50:00Z"), DateTimeOffset.Parse("2026-11-01T05:30:00Z"), DateTimeOffset.Parse("2026-11-01T07:10:00Z")]);
        plan.AtOnce.Select(e => CityTime.QuarterSlot(e.At)).ShouldBe([3, 6, 8]);
    }

    [Fact]
    public void AFasterSpeedCompressesOnlyTheFuture()
    {
        var now = City(2026, 12, 1, 10, 0);
        var rows = new[] { Row("past", City(2025, 2, 14, 9, 0)), Row("ahead", City(2025, 2, 14, 11, 0)) };

        var plan = Plan(rows, now, speed: 60);

        plan.AtOnce.ShouldHaveSingleItem().At.ShouldBe(City(2026, 12, 1, 9, 0));
        var ahead = plan.Live.First();
        ahead.At.ShouldBe(now.AddMinutes(1));
        ahead.Event.RequestedDatetime.ShouldBe(now.AddMinutes(1));
    }

    [Fact]
    public void AnEmptyRecordingPlansNothing()
    {
        var plan = Plan([], City(2026, 12, 1, 10, 0));

        plan.AtOnce.ShouldBeEmpty();
        plan.Live.ShouldBeEmpty();
    }
}
