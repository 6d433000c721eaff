using System.Globalization;
using Philly311.Ops.Contracts.Time;

namespace Philly311.Ops.Silo.Push;

/// <summary>
/// The change in words ("calls about parking −38 % in the hour after the push (52 → 32)"). A percentage only where it is
/// honest: both hours whole and something to divide by. An hour not over yet gives its count so far, an empty hour after
/// says "none" (never "−100 %": the feed may simply not have caught up), a quiet hour before says there is no base.
/// </summary>
internal static class DeflectionWords
{
    public static string Of(string what, string topic, long before, long after, DeflectionWindow window, string? note = null)
    {
        var about = $"{what} about {topic}";
        var tail = note is null ? "" : ", " + note;
        if (!window.Complete)
        {
            var ends = CityTime.ToLocal(window.HourAfterEnds).ToString("HH:mm", CultureInfo.InvariantCulture);
            return $"{about}: {after} so far in the hour after the push (the hour ends at {ends}; {Before(before, window)}{tail})";
        }
        if (window.BeforeQuarters < 4)
            return $"{about}: {after} in the hour after the push ({before} since midnight, less than an hour before it, so no percentage{tail})";
        if (before == 0) return $"{about}: {after} in the hour after the push (none in the hour before, so no percentage{tail})";
        if (after == 0) return $"{about}: none in the hour after the push ({before} in the hour before{tail})";
        var change = Math.Round((after - before) * 100.0 / before, MidpointRounding.AwayFromZero);
        var sign = change < 0 ? "−" : change > 0 ? "+" : "±";
        return string.Create(CultureInfo.InvariantCulture, $"{about} {sign}{Math.Abs(change):0} % in the hour after the push ({before} → {after}{tail})");
    }

    public static string NotToday(string what, string topic, string figures) =>
        $"{what} about {topic}: not available (the push was not today; the live {figures} keep today's quarter hours only)";

    /// <summary>"Snow emergency routes and parking" → "snow emergency routes and parking"; "SEPTA" stays.</summary>
    public static string Topic(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && char.IsLower(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    private static string Before(long before, DeflectionWindow window) =>
        window.BeforeQuarters < 4 ? $"{before} since midnight" : before == 0 ? "none in the hour before" : $"{before} in the hour before";
}
