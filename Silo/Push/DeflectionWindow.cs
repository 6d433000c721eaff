using Philly311.Ops.Contracts.Time;

namespace Philly311.Ops.Silo.Push;

/// <summary>
/// Where one push sits in the city day's 96 quarter hours: the series' window (up to <see cref="Deflection.Window"/>
/// quarters either side), the hour before (the four quarters before the push's quarter, fewer just after midnight) and the
/// hour after (the push's quarter and the three after it), and whether that hour is over.
/// </summary>
internal readonly record struct DeflectionWindow(int Slot, int First, int Last, int BeforeQuarters, DateTimeOffset HourAfterEnds, bool Complete)
{
    public static DeflectionWindow Of(DateTimeOffset pushedAt, DateTimeOffset now)
    {
        var slot = CityTime.QuarterSlot(pushedAt);
        var first = Math.Max(0, slot - Deflection.Window);
        var last = Math.Min(95, slot + Deflection.Window - 1);
        // The hour after is whole quarters from the push's own, so it is over at the quarter boundary an hour later.
        var ends = QuarterStart(pushedAt).AddHours(1);
        return new DeflectionWindow(slot, first, last, slot - Math.Max(0, slot - 4), ends, now >= ends);
    }

    public DateTimeOffset FirstQuarter(DateTimeOffset pushedAt) => QuarterStart(pushedAt).AddMinutes(-15 * (Slot - First));

    public long[] Series(long[] quarters) => quarters[First..(Last + 1)];

    public long HourBefore(long[] quarters) => Sum(quarters, Slot - 4, Slot);

    public long HourAfter(long[] quarters) => Sum(quarters, Slot, Slot + 4);

    private static long Sum(long[] quarters, int from, int to)
    {
        long sum = 0;
        for (var s = Math.Max(0, from); s < Math.Min(quarters.Length, to); s++) sum += quarters[s];
        return sum;
    }

    private static DateTimeOffset QuarterStart(DateTimeOffset instant)
    {
        var local = CityTime.ToLocal(instant);
        return local.AddMinutes(-(local.Minute % 15)).AddSeconds(-local.Second).AddTicks(-(local.Ticks % TimeSpan.TicksPerSecond));
    }
}
