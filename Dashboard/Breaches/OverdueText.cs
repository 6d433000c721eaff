using System.Globalization;

namespace Philly311.Ops.Dashboard.Breaches;

/// <summary>"Overdue by" as a director reads it: the two largest units, seconds only while under an hour (so it visibly ticks).</summary>
public static class OverdueText
{
    public static string Format(TimeSpan overdue)
    {
        if (overdue < TimeSpan.Zero) overdue = TimeSpan.Zero;
        return overdue.TotalDays >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)overdue.TotalDays} d {overdue.Hours} h")
            : overdue.TotalHours >= 1
                ? string.Create(CultureInfo.InvariantCulture, $"{(int)overdue.TotalHours} h {overdue.Minutes:00} m")
                : string.Create(CultureInfo.InvariantCulture, $"{overdue.Minutes} m {overdue.Seconds:00} s");
    }
}
