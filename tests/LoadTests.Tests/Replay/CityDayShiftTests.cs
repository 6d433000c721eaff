using Philly311.Ops.Contracts.Time;
using Philly311.Ops.LoadTests.Replay;

namespace Philly311.Ops.LoadTests.Tests.Replay;

public sealed class CityDayShiftTests
{
    /// <summary>A winter city time (EST, −5) of the parade day, given as UTC.</summary>
    private static DateTimeOffset February14(int hour, int minute) => new DateTimeOffset(2025, 2, 14, hour, minute, 0, TimeSpan.FromHours(-5)).ToUniversalTime();

    private static CityDayShift OntoDay(int year, int month, int day) =>
        new(new DateOnly(year, month, day).DayNumber - new DateOnly(2025, 2, 14).DayNumber, TimeSpan.Zero);

    [Fact]
    public void AWinterTimeOfDayIsKeptOnASummerDay()
    {
        var moved = OntoDay(2026, 7, 1).Apply(February14(8, 13));

        moved.ShouldBe(new DateTimeOffset(2026, 7, 1, 8, 13, 0, TimeSpan.FromHours(-4)));
        moved.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void OnASpringForwardDayTheSkippedHourMovesOnWithTheClock()
    {
        var shift = OntoDay(2026, 3, 8);

        shift.Apply(February14(1, 30)).ShouldBe(DateTimeOffset.Parse("2026-03-08T06:30:00Z"));
        shift.Apply(February14(2, 30)).ShouldBe(DateTimeOffset.Parse("2026-03-08T07:30:00Z"), "02:30 does not exist that day: 03:30 EDT");
        shift.Apply(February14(3, 30)).ShouldBe(DateTimeOffset.Parse("2026-03-08T07:30:00Z"));
        CityTime.QuarterSlot(shift.Apply(February14(8, 13))).ShouldBe(8 * 4);
    }

    [Fact]
    public void OnAFallBackDayTheRepeatedHourIsItsFirstOccurrence()
    {
        var shift = OntoDay(2026, 11, 1);

        var early = shift.Apply(February14(1, 10));
        var late = shift.Apply(February14(1, 50));

        early.ShouldBe(DateTimeOffset.Parse("2026-11-01T05:10:00Z"), "01:10 EDT, the first 01:10 of the day");
        late.ShouldBe(DateTimeOffset.Parse("2026-11-01T05:50:00Z"));
        shift.Apply(February14(2, 30)).ShouldBe(DateTimeOffset.Parse("2026-11-01T07:30:00Z"));
        CityTime.QuarterSlot(late).ShouldBe(1 * 4 + 3);
    }

    [Fact]
    public void AWallClockOffsetMovesTheTimeOfDay()
    {
        var shift = new CityDayShift(0, TimeSpan.FromHours(6));

        CityTime.ToLocal(shift.Apply(February14(8, 13))).DateTime.ShouldBe(new DateTime(2025, 2, 14, 14, 13, 0));
    }
}
