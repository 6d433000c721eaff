using Philly311.Ops.Dashboard.Time;

namespace Philly311.Ops.Dashboard.Tests.Time;

public sealed class CityClockTests
{
    [Theory]
    // 2026-03-08, spring forward: 02:00 EST jumps to 03:00 EDT at 07:00 UTC.
    [InlineData("2026-03-08T06:59:59Z", "01:59:59", "EST")]
    [InlineData("2026-03-08T07:00:00Z", "03:00:00", "EDT")]
    // 2026-11-01, fall back: 01:00–01:59 happens twice, first EDT (UTC−4) then EST (UTC−5).
    [InlineData("2026-11-01T05:30:00Z", "01:30:00", "EDT")]
    [InlineData("2026-11-01T06:30:00Z", "01:30:00", "EST")]
    [InlineData("2026-11-01T07:00:00Z", "02:00:00", "EST")]
    public void ShowsPhiladelphiaWallClockTimeAcrossDstChanges(string utc, string expected, string zone)
    {
        var instant = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

        var shown = CityClock.TimeOfDay(instant);

        shown.ShouldBe(expected);
        CityClock.ZoneAbbreviation(instant).ShouldBe(zone);
    }

    [Fact]
    public void ConvertsToTheCityOffsetOfThatInstantNotAFixedOne()
    {
        var winter = CityClock.ToCity(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero));
        var summer = CityClock.ToCity(new DateTimeOffset(2026, 7, 15, 12, 0, 0, TimeSpan.Zero));

        winter.Offset.ShouldBe(TimeSpan.FromHours(-5));
        summer.Offset.ShouldBe(TimeSpan.FromHours(-4));
        winter.Hour.ShouldBe(7);
        summer.Hour.ShouldBe(8);
    }

    [Fact]
    public void AsOfReadsAsCityTimeOrADashWhenThereIsNone()
    {
        CityClock.AsOf(new DateTimeOffset(2026, 7, 14, 14, 42, 7, TimeSpan.Zero)).ShouldBe("as of 10:42:07");
        CityClock.AsOf(null).ShouldBe("—");
    }

    [Theory]
    [InlineData(0, "00:00")]
    [InlineData(8, "02:00")]
    [InlineData(41, "10:15")]
    [InlineData(95, "23:45")]
    public void SlotLabelsNameTheStartOfEachQuarterHour(int slot, string expected) =>
        CityClock.SlotLabel(slot).ShouldBe(expected);
}
