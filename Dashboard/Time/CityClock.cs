using System.Globalization;
using Philly311.Ops.Contracts.Time;

namespace Philly311.Ops.Dashboard.Time;

/// <summary>
/// Every time on a screen is Philadelphia wall-clock time (invariant 5), whatever the server's zone.
/// Conversion goes through the America/New_York rules (<see cref="CityTime.Zone"/>), never a fixed offset,
/// so DST days show the right hour.
/// </summary>
public static class CityClock
{
    public static TimeZoneInfo Zone => CityTime.Zone;

    public static DateTimeOffset ToCity(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>"10:42:07".</summary>
    public static string TimeOfDay(DateTimeOffset instant) =>
        ToCity(instant).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>"as of 10:42:07", or a dash when there is no time to vouch for.</summary>
    public static string AsOf(DateTimeOffset? instant) => instant is { } at ? $"as of {TimeOfDay(at)}" : "—";

    /// <summary>"EST" or "EDT" at that instant.</summary>
    public static string ZoneAbbreviation(DateTimeOffset instant) => Zone.IsDaylightSavingTime(instant) ? "EDT" : "EST";

    /// <summary>The wall-clock start of a 15-minute slot of the city day (0 → "00:00", 95 → "23:45").</summary>
    public static string SlotLabel(int slot) =>
        string.Create(CultureInfo.InvariantCulture, $"{slot / 4:00}:{slot % 4 * 15:00}");
}
