using Philly311.Ops.Contracts.Time;
using Philly311.Ops.LoadTests.Replay;

namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>When a daily shift starts and ends on a given city day, through the city's wall clock (DST-safe).</summary>
internal static class ShiftCalendar
{
    public static DateTimeOffset StartOn(ShiftPlan shift, DateOnly day) => CityDayShift.FromCityWallClock(day.ToDateTime(shift.Start));

    public static DateTimeOffset EndOn(ShiftPlan shift, DateOnly day) =>
        CityDayShift.FromCityWallClock((shift.PastMidnight ? day.AddDays(1) : day).ToDateTime(shift.End));

    /// <summary>The day a shift occurrence started on, from its end.</summary>
    public static DateOnly DayOf(ShiftPlan shift, DateTimeOffset end)
    {
        var endDay = CityTime.LocalDate(end);
        return shift.PastMidnight ? endDay.AddDays(-1) : endDay;
    }
}
