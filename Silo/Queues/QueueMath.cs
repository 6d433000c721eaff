namespace Philly311.Ops.Silo.Queues;

/// <summary>
/// The queue figures from the counters (see QUEUE-RULES.md for the definitions). Every rate is null when there is
/// nothing to divide by, so a screen never shows NaN, ∞ or a made-up 100 %.
/// </summary>
public static class QueueMath
{
    /// <summary>Answered within T ÷ (answered with a known wait + abandoned after T); abandons within T don't count either way.</summary>
    public static double? ServiceLevel(long withinT, long counted) => counted > 0 ? (double)withinT / counted : null;

    /// <summary>Average speed of answer in seconds: the waits of contacts answered (offered and answered both known).</summary>
    public static double? AverageSpeedOfAnswer(long waitMs, long waits) => waits > 0 ? waitMs / 1000.0 / waits : null;

    /// <summary>Average handle time in seconds: answered → completed or transferred, per contact with both known.</summary>
    public static double? AverageHandleTime(long handleMs, long handles) => handles > 0 ? handleMs / 1000.0 / handles : null;

    /// <summary>Abandoned ÷ (answered + abandoned): a contact still waiting has no outcome yet, so it is in neither.</summary>
    public static double? AbandonRate(long answered, long abandoned) => answered + abandoned > 0 ? (double)abandoned / (answered + abandoned) : null;

    /// <summary>How long the oldest contact has waited at <paramref name="now"/> (zero when nobody waits; never negative).</summary>
    public static TimeSpan OldestWait(DateTimeOffset? oldestSince, DateTimeOffset now) =>
        oldestSince is { } since && now > since ? now - since : TimeSpan.Zero;

    /// <summary>
    /// The quarter-hour slots of the sliding window ending now: the current one and the <c>windowMinutes / 15 − 1</c> before
    /// it, within the city day (a window reaching over midnight is cut there, so its first minutes are a fresh day's).
    /// </summary>
    public static (int First, int Last, TimeSpan Covered) Window(int currentSlot, TimeSpan intoCurrent, int windowMinutes)
    {
        var slots = Math.Max(1, windowMinutes / 15);
        var first = Math.Max(0, currentSlot - slots + 1);
        return (first, currentSlot, TimeSpan.FromMinutes(15 * (currentSlot - first)) + intoCurrent);
    }
}
