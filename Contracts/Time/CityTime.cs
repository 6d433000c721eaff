namespace Philly311.Ops.Contracts.Time;

/// <summary>
/// The city's clock: data is stored in UTC, "today" and every time shown are America/New_York.
/// DST-safe because every conversion goes through the time-zone rules, never a fixed offset.
/// </summary>
public static class CityTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>The 15-minute slot of the local day (0–95). The repeated hour of a fall-back day folds onto the same slots.</summary>
    public static int QuarterSlot(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        return local.Hour * 4 + local.Minute / 15;
    }

    /// <summary>Day keys are ISO dates, so they sort and read the same everywhere.</summary>
    public static string DayKey(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
