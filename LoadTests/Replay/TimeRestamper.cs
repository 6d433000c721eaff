using Philly311.Ops.Contracts.Ingest;

namespace Philly311.Ops.LoadTests.Replay;

/// <summary>
/// Moves a recorded day to now: t ↦ now + (t − origin) / speed, where origin is the first requested time.
/// The running system then never needs a fake clock, and --speed 60 plays a 17-hour day in 17 minutes.
/// </summary>
internal sealed class TimeRestamper
{
    private readonly DateTimeOffset _origin;
    private readonly DateTimeOffset _now;
    private readonly double _speed;

    public TimeRestamper(DateTimeOffset origin, DateTimeOffset now, double speed)
    {
        if (!(speed > 0) || !double.IsFinite(speed)) throw new ArgumentOutOfRangeException(nameof(speed), speed, "Speed must be a positive number.");
        _origin = origin;
        _now = now;
        _speed = speed;
    }

    public static TimeRestamper For(IReadOnlyList<ServiceRequestEvent> events, DateTimeOffset now, double speed) =>
        new(events.Count == 0 ? now : events.Min(e => e.RequestedDatetime), now, speed);

    /// <summary>How long after the start of the replay a recorded moment is played.</summary>
    public TimeSpan Offset(DateTimeOffset recorded) => TimeSpan.FromTicks((long)Math.Round((recorded - _origin).Ticks / _speed));

    /// <summary>The re-stamped time, in UTC (the original offset means nothing once moved to now).</summary>
    public DateTimeOffset Restamp(DateTimeOffset recorded) => (_now + Offset(recorded)).ToUniversalTime();

    public DateTimeOffset? Restamp(DateTimeOffset? recorded) => recorded is { } value ? Restamp(value) : null;

    /// <summary>Every time field moves the same way, so durations (to close, to the SLA due time) shrink by the speed and stay ordered.</summary>
    public ServiceRequestEvent Restamp(ServiceRequestEvent request) => request with
    {
        RequestedDatetime = Restamp(request.RequestedDatetime),
        UpdatedDatetime = Restamp(request.UpdatedDatetime),
        ExpectedDatetime = Restamp(request.ExpectedDatetime),
        ClosedDatetime = Restamp(request.ClosedDatetime),
    };
}
