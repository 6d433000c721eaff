namespace Philly311.Ops.Silo.Figures;

/// <summary>
/// How far a grain's figures are complete. Updates arrive as ranges (a figure's versions v−1..v, or a commit's
/// sequences); from two silos they can come out of order. <see cref="Through"/> is the end of the contiguous run
/// from the last re-read; a range beyond it is a gap until the missing one arrives. <see cref="Mark"/> carries the
/// ingest sequence reached at <see cref="Through"/>, which is what a frame may promise.
/// </summary>
public sealed class Watermark
{
    private readonly SortedDictionary<long, (long Through, long Mark)> _ahead = [];

    public long Through { get; private set; }

    public long Mark { get; private set; }

    /// <summary>When the oldest still-open gap appeared (null: no gap).</summary>
    public DateTimeOffset? GapSince { get; private set; }

    public void Add(long after, long through, long mark, DateTimeOffset now)
    {
        if (through <= Through) return;
        if (after > Through)
        {
            if (!_ahead.TryGetValue(after, out var known) || known.Through < through) _ahead[after] = (through, mark);
            GapSince ??= now;
            return;
        }
        Advance(through, mark);
        Drain();
    }

    /// <summary>A re-read: everything through <paramref name="through"/> is now known; later ranges stay pending.</summary>
    public void Reset(long through, long mark)
    {
        Through = through;
        Mark = mark;
        Drain();
    }

    private void Advance(long through, long mark)
    {
        Through = Math.Max(Through, through);
        Mark = Math.Max(Mark, mark);
    }

    private void Drain()
    {
        while (_ahead.Count > 0)
        {
            var (after, (through, mark)) = _ahead.First();
            if (after > Through) break;
            _ahead.Remove(after);
            if (through > Through) Advance(through, mark);
        }
        if (_ahead.Count == 0) GapSince = null;
    }
}
