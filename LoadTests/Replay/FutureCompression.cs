namespace Philly311.Ops.LoadTests.Replay;

/// <summary>
/// A faster-than-real replay: t ↦ now + (t − now) / speed for times after now, unchanged before. Applied to every time
/// field of a version, so its send moment, its requested time and its close keep their order. Speed 1 is the identity.
/// </summary>
internal sealed class FutureCompression(DateTimeOffset now, double speed)
{
    public DateTimeOffset Apply(DateTimeOffset time) =>
        time <= now || speed == 1 ? time : now + TimeSpan.FromTicks((long)Math.Round((time - now).Ticks / speed));

    public DateTimeOffset? Apply(DateTimeOffset? time) => time is { } value ? Apply(value) : null;

    public TimedEvent Apply(TimedEvent timed) => speed == 1 ? timed : timed with
    {
        At = Apply(timed.At),
        Event = timed.Event with
        {
            RequestedDatetime = Apply(timed.Event.RequestedDatetime),
            UpdatedDatetime = Apply(timed.Event.UpdatedDatetime),
            ExpectedDatetime = Apply(timed.Event.ExpectedDatetime),
            ClosedDatetime = Apply(timed.Event.ClosedDatetime),
        },
    };
}
