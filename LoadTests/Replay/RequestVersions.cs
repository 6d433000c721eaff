using Philly311.Ops.Contracts.Ingest;

namespace Philly311.Ops.LoadTests.Replay;

/// <summary>
/// The versions one recorded row becomes on the shifted timeline. A request is open from its requested time until it
/// closes: the open version is sent at the requested time; a closed row also sends its closed version when it closed —
/// at its recorded closed_datetime (or updated_datetime) when the data has one, else at an estimate. An estimated close
/// carries the estimate as updated_datetime and no closed_datetime, so nothing downstream mistakes it for a real one.
/// Rows that are still open in the data stay open.
/// </summary>
internal sealed class RequestVersions(CloseTimeEstimates estimates)
{
    public IEnumerable<TimedEvent> Of(ServiceRequestEvent row, CityDayShift shift, string id, int pass)
    {
        var requested = shift.Apply(row.RequestedDatetime);
        var moved = row with
        {
            ServiceRequestId = id,
            RequestedDatetime = requested,
            UpdatedDatetime = shift.Apply(row.UpdatedDatetime),
            ExpectedDatetime = shift.Apply(row.ExpectedDatetime),
            ClosedDatetime = shift.Apply(row.ClosedDatetime),
        };
        var closes = IsClosed(row);
        yield return new TimedEvent(requested, moved with { Status = "Open", UpdatedDatetime = null, ClosedDatetime = null }, VersionKind.Open, pass, !closes);
        if (!closes) yield break;

        if ((moved.ClosedDatetime ?? moved.UpdatedDatetime) is { } closed)
        {
            // A DST fold can put a recorded close an hour before its request; the silo would refuse that, so it waits.
            var at = closed < requested ? requested : closed;
            yield return new TimedEvent(at, moved with
            {
                Status = "Closed",
                UpdatedDatetime = Later(moved.UpdatedDatetime, requested),
                ClosedDatetime = Later(moved.ClosedDatetime, requested),
            }, VersionKind.Closed, pass);
        }
        else
        {
            var estimated = requested + estimates.For(row.ServiceName, row.ServiceRequestId);
            yield return new TimedEvent(estimated, moved with { Status = "Closed", UpdatedDatetime = estimated }, VersionKind.EstimatedClose, pass);
        }
    }

    public static bool IsClosed(ServiceRequestEvent row) =>
        row.ClosedDatetime is not null || string.Equals(row.Status?.Trim(), "Closed", StringComparison.OrdinalIgnoreCase);

    private static DateTimeOffset? Later(DateTimeOffset? time, DateTimeOffset floor) => time is { } t && t < floor ? floor : time;
}
