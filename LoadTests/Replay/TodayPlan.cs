using Philly311.Ops.Contracts.Ingest;
using Philly311.Ops.Contracts.Time;

namespace Philly311.Ops.LoadTests.Replay;

/// <summary>
/// The recording laid onto today (see <see cref="DayPasses"/>), split at the clock: <see cref="AtOnce"/> is everything
/// that would already have happened, with its real shifted times, to load in bulk at start; <see cref="Live"/> is the
/// rest, in order and without end, to send when each version's time comes. At a speed above 1 the future is compressed
/// towards now (t ↦ now + (t − now) / speed, every time field alike); the past is never moved.
/// <see cref="Live"/> continues one timeline: enumerate it once.
/// </summary>
internal sealed class TodayPlan
{
    private TodayPlan(DateTimeOffset now, DayPasses? passes, IReadOnlyList<TimedEvent> atOnce, IReadOnlyList<TimedEvent> laterToday, IEnumerable<TimedEvent> live)
    {
        Now = now;
        Passes = passes;
        AtOnce = atOnce;
        LaterToday = laterToday;
        Live = live;
    }

    public DateTimeOffset Now { get; }

    public DayPasses? Passes { get; }

    public IReadOnlyList<TimedEvent> AtOnce { get; }

    /// <summary>The start of <see cref="Live"/>: the versions due before the next city midnight (at speed 1).</summary>
    public IReadOnlyList<TimedEvent> LaterToday { get; }

    public IEnumerable<TimedEvent> Live { get; }

    public static TodayPlan Build(
        IReadOnlyList<ServiceRequestEvent> rows, CloseTimeEstimates estimates, TimeProvider clock, double speed, string idPrefix)
    {
        if (!(speed > 0) || !double.IsFinite(speed)) throw new ArgumentOutOfRangeException(nameof(speed), speed, "Speed must be a positive number.");
        var now = clock.GetUtcNow();
        if (rows.Count == 0) return new TodayPlan(now, null, [], [], []);

        var today = CityTime.LocalDate(now);
        var midnight = CityDayShift.FromCityWallClock(today.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var passes = new DayPasses(rows, today);
        // The timeline has no end: read the past and the rest of today, and leave the enumerator where they stop.
        var timeline = DayTimeline.Of(passes, new RequestVersions(estimates), idPrefix).GetEnumerator();
        var atOnce = new List<TimedEvent>();
        var laterToday = new List<TimedEvent>();
        TimedEvent? next = null;
        while (timeline.MoveNext())
        {
            var current = timeline.Current;
            if (current.At >= midnight)
            {
                next = current;
                break;
            }
            (current.At <= now ? atOnce : laterToday).Add(current);
        }
        var compress = new FutureCompression(now, speed);
        var later = laterToday.Select(compress.Apply).ToList();
        return new TodayPlan(now, passes, atOnce.Select(compress.Apply).ToList(), later, later.Concat(Rest(next, timeline).Select(compress.Apply)));
    }

    /// <summary>Requests of today (city time) in the at-once load, per 15-minute slot: what the board's bars must show at start.</summary>
    public long[] QuarterHoursToday()
    {
        var slots = new long[96];
        var today = CityTime.LocalDate(Now);
        foreach (var e in AtOnce.Where(e => e.Kind == VersionKind.Open && CityTime.LocalDate(e.At) == today))
            slots[CityTime.QuarterSlot(e.At)]++;
        return slots;
    }

    /// <summary>Requests opened by the at-once load and not closed by it: the city's "open" right after the load.</summary>
    public int OpenAfterLoad() =>
        AtOnce.GroupBy(e => e.Event.ServiceRequestId).Count(g => g.All(e => e.Kind == VersionKind.Open));

    /// <summary>Of <see cref="OpenAfterLoad"/>, the requests the data itself says are open (the rest are open by estimate).</summary>
    public int OpenInDataAfterLoad() => AtOnce.Count(e => e.StaysOpen);

    private static IEnumerable<TimedEvent> Rest(TimedEvent? first, IEnumerator<TimedEvent> timeline)
    {
        using (timeline)
        {
            if (first is null) yield break;
            yield return first;
            while (timeline.MoveNext()) yield return timeline.Current;
        }
    }
}
