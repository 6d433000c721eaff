using Philly311.Ops.Contracts.Ingest;

namespace Philly311.Ops.LoadTests.Replay;

/// <summary>
/// Turns recorded rows into a send schedule: ordered by requested time (stable, so two versions of one request
/// keep their file order), ids prefixed, times re-stamped to now — or, with keep-times, original times sent at once.
/// </summary>
internal static class ReplayPlan
{
    public static IReadOnlyList<ReplayItem> Build(
        IReadOnlyList<ServiceRequestEvent> events, DateTimeOffset now, double speed, bool keepTimes, string idPrefix)
    {
        var ordered = events.OrderBy(e => e.RequestedDatetime).ToList();
        var restamper = TimeRestamper.For(ordered, now, speed);
        return ordered.Select(e =>
        {
            var moved = keepTimes ? e : restamper.Restamp(e);
            var due = keepTimes ? TimeSpan.Zero : restamper.Offset(e.RequestedDatetime);
            return new ReplayItem(due, moved with { ServiceRequestId = idPrefix + e.ServiceRequestId });
        }).ToList();
    }
}
