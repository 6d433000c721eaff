namespace Philly311.Ops.Dashboard.Live;

/// <summary>
/// The last frame of one subscribed grain (a part of the board, or a per-key figure for the hub) as this process last
/// heard it, and how recently the grain vouched for it. Mutable: its owner touches it only under its own lock.
/// </summary>
internal sealed class HeldFrame(string key)
{
    public string Key { get; } = key;

    /// <summary>The last accepted frame (a <c>FigureFrame</c> or a <c>FigureListFrame</c>); null until one came.</summary>
    public object? Frame { get; private set; }

    public long Sequence { get; private set; }

    public long Version { get; private set; }

    /// <summary>The silo's time up to which <see cref="Frame"/> is known current (a heartbeat about it moves it on).</summary>
    public DateTimeOffset? AsOf { get; private set; }

    /// <summary>This process's clock when the part last vouched for the frame held (a frame, or a heartbeat about it).</summary>
    public DateTimeOffset? HeardAt { get; private set; }

    /// <summary>A heartbeat spoke of numbers we do not hold: a frame was missed, fetch the part.</summary>
    public bool Behind { get; private set; } = true;

    private DateTimeOffset _frameAsOf;

    /// <summary>
    /// Answers true when <paramref name="frame"/> replaced what was held (the board must be rebuilt). Only a pushed frame
    /// (<paramref name="pushed"/>) vouches that the push path works: a fetched one brings numbers, not freshness, so a
    /// grain that answers calls but never pushes turns screens stale instead of being polled into looking live.
    /// </summary>
    public bool Take(object frame, long sequence, long version, DateTimeOffset asOf, DateTimeOffset now, bool pushed = true)
    {
        if (Frame is not null)
        {
            // A fetched frame can race a pushed one: keep the newer. A lower sequence read later in time is accepted
            // (the counter store was reset); an older read of an older sequence is not, and vouches for nothing.
            if (sequence < Sequence && asOf <= _frameAsOf) return false;
            if (sequence == Sequence && version == Version)
            {
                // The same numbers again (a fetch after resubscribing): no change to put on screens.
                if (pushed) Heard(asOf, now);
                else Behind = false;
                return false;
            }
        }
        Frame = frame;
        Sequence = sequence;
        Version = version;
        _frameAsOf = asOf;
        AsOf = asOf;
        if (pushed) HeardAt = now;
        Behind = false;
        return true;
    }

    public void Beat(long sequence, DateTimeOffset asOf, DateTimeOffset now)
    {
        if (Frame is not null && sequence == Sequence) Heard(asOf, now);
        // About numbers we don't have (we missed a frame): don't vouch for ours, ask for the part instead.
        else Behind = true;
    }

    private void Heard(DateTimeOffset asOf, DateTimeOffset now)
    {
        HeardAt = now;
        Behind = false;
        if (AsOf is null || asOf > AsOf) AsOf = asOf;
    }
}
