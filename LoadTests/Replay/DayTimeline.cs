namespace Philly311.Ops.LoadTests.Replay;

/// <summary>
/// Every version of every pass in the order it happens, without end. Passes do not overlap in requested time, but
/// closes reach far ahead (an abandoned vehicle closes weeks later), so versions wait in a queue ordered by time and
/// leave it once the next pass begins after them. Ties keep the order they were made in: open before its close.
/// </summary>
internal static class DayTimeline
{
    public static IEnumerable<TimedEvent> Of(DayPasses passes, RequestVersions versions, string idPrefix)
    {
        var waiting = new PriorityQueue<TimedEvent, (DateTimeOffset At, long Order)>();
        long order = 0;
        foreach (var pass in passes.All())
        {
            var begins = pass.Shift.Apply(pass.Rows[0].RequestedDatetime);
            while (waiting.TryPeek(out var next, out var key) && key.At < begins)
            {
                waiting.Dequeue();
                yield return next;
            }
            foreach (var row in pass.Rows)
            {
                foreach (var version in versions.Of(row, pass.Shift, idPrefix + pass.Tag + row.ServiceRequestId, pass.Number))
                    waiting.Enqueue(version, (version.At, order++));
            }
        }
    }
}
