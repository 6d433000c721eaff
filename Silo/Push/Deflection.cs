using System.Globalization;
using Philly311.Ops.Contracts.Faq;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Contracts.Time;

namespace Philly311.Ops.Silo.Push;

/// <summary>
/// The before/after arithmetic of deflection, on one city day's 96 quarter hours (what the figures hold). A push on
/// another day has no series here: the figures keep today's quarters only, and saying nothing beats a wrong number.
/// </summary>
public static class Deflection
{
    public const int Window = 8;

    public static DeflectionSeries Compute(string pushId, DateTimeOffset pushedAt, FaqTopic topic, long[] quarterHours, string today, DateTimeOffset now)
    {
        if (CityTime.DayKey(CityTime.LocalDate(pushedAt)) != today)
            return new DeflectionSeries(pushId, pushedAt, topic.Key, topic.Name, topic.RequestTypes, null, [], 0, 0, 0, false,
                $"requests about {topic.Name}: not available (the push was not today; the live figures keep today's quarter hours only)");
        var slot = CityTime.QuarterSlot(pushedAt);
        var first = Math.Max(0, slot - Window);
        var last = Math.Min(95, slot + Window - 1);
        var series = quarterHours[first..(last + 1)];
        var before = Sum(quarterHours, slot - 4, slot);
        var after = Sum(quarterHours, slot, slot + 4);
        var complete = now >= pushedAt.AddHours(1);
        var firstQuarter = QuarterStart(pushedAt).AddMinutes(-15 * (slot - first));
        return new DeflectionSeries(pushId, pushedAt, topic.Key, topic.Name, topic.RequestTypes, firstQuarter, series, slot - first,
            before, after, complete, Words(topic.Name, before, after, complete));
    }

    public static string Words(string topic, long before, long after, bool complete)
    {
        var hour = complete ? "in the hour after the push" : "so far in the hour after the push";
        if (before == 0) return $"requests about {topic}: {after} {hour} (none in the hour before)";
        var change = (after - before) * 100.0 / before;
        var sign = change < 0 ? "−" : change > 0 ? "+" : "±";
        return string.Create(CultureInfo.InvariantCulture, $"requests about {topic} {sign}{Math.Abs(change):0} % {hour} ({before} → {after})");
    }

    private static long Sum(long[] quarters, int from, int to)
    {
        long sum = 0;
        for (var s = Math.Max(0, from); s < Math.Min(96, to); s++) sum += quarters[s];
        return sum;
    }

    private static DateTimeOffset QuarterStart(DateTimeOffset instant)
    {
        var local = CityTime.ToLocal(instant);
        return local.AddMinutes(-(local.Minute % 15)).AddSeconds(-local.Second).AddTicks(-(local.Ticks % TimeSpan.TicksPerSecond));
    }
}
