using Philly311.Ops.Contracts.Ingest;
using Philly311.Ops.Contracts.Time;

namespace Philly311.Ops.LoadTests.Replay;

/// <summary>
/// Lays the recording onto the calendar, forever, without gaps a wallboard would show as a dead board.
/// <list type="bullet">
/// <item>The <b>main pass</b> of a cycle keeps every row's city time of day: the recording's last city day maps onto
/// today, the day before it onto yesterday (the parade sample, Feb 13 19:49 → Feb 14 12:53 ET, becomes yesterday
/// 19:49 → today 12:53). The next cycle is the same a period later (one day for a recording shorter than a day).</item>
/// <item>A recording shorter than its period leaves a gap between its last request and the next cycle's first (the
/// sample: 12:53 → 19:49). <b>Fill passes</b> close it with the recording's own last whole hours, moved on by exactly
/// those hours (the sample: 06:53–12:53 plays again 12:53–18:53), so the quarter-hour shape of the day stays real.</item>
/// </list>
/// Passes never overlap in requested time, and each has its own id tag, so no id repeats within a run.
/// </summary>
internal sealed class DayPasses
{
    private readonly IReadOnlyList<ServiceRequestEvent> _rows;
    private readonly IReadOnlyList<ServiceRequestEvent> _lastBlock;
    private readonly int _firstDays;

    public DayPasses(IReadOnlyList<ServiceRequestEvent> rows, DateOnly today)
    {
        if (rows.Count == 0) throw new ArgumentException("A recording with no rows has no day to lay out.", nameof(rows));
        _rows = rows.OrderBy(r => r.RequestedDatetime).ToList();
        var first = CityTime.ToLocal(_rows[0].RequestedDatetime).DateTime;
        var last = CityTime.ToLocal(_rows[^1].RequestedDatetime).DateTime;
        Span = last - first;
        _firstDays = today.DayNumber - DateOnly.FromDateTime(last).DayNumber;
        PeriodDays = Math.Max(1, (int)Math.Ceiling(Span.TotalDays));
        var gap = TimeSpan.FromDays(PeriodDays) - Span;
        FillBlock = TimeSpan.FromHours(Math.Floor(Math.Min(gap.TotalHours, Span.TotalHours)));
        FillCopies = FillBlock >= TimeSpan.FromHours(1) ? (int)(gap / FillBlock) : 0;
        _lastBlock = _rows.Where(r => CityTime.ToLocal(r.RequestedDatetime).DateTime > last - FillBlock).ToList();
    }

    /// <summary>City wall-clock time from the first to the last recorded request.</summary>
    public TimeSpan Span { get; }

    public int PeriodDays { get; }

    public TimeSpan FillBlock { get; }

    public int FillCopies { get; }

    /// <summary>Main pass, its fill passes, the next cycle's main pass, …: in time order, without end.</summary>
    public IEnumerable<DayPass> All()
    {
        var number = 0;
        for (var cycle = 0; ; cycle++)
        {
            var days = _firstDays + cycle * PeriodDays;
            yield return new DayPass(number++, new CityDayShift(days, TimeSpan.Zero), _rows);
            for (var copy = 1; copy <= FillCopies; copy++)
                yield return new DayPass(number++, new CityDayShift(days, FillBlock * copy), _lastBlock);
        }
    }
}
