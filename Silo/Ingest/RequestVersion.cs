using System.Globalization;
using Philly311.Ops.Contracts.Time;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// One validated, normalized version of a service request: everything the counters and the SLA clock need
/// and nothing more (no address, no description: no resident data leaves ingest).
/// </summary>
public sealed record RequestVersion(
    string Id,
    string Version,
    bool IsClosed,
    string Department,
    string DepartmentName,
    string Neighborhood,
    string Zip,
    string Channel,
    DateOnly RequestedDay,
    int QuarterSlot,
    DateOnly? ClosedDay)
{
    public string Service { get; init; } = Normalization.ServiceCatalog.UnknownCode;

    public string ServiceName { get; init; } = Normalization.ServiceCatalog.Unknown.Name;

    public DateTimeOffset Requested { get; init; }

    /// <summary>The SLA due time (<c>expected_datetime</c>), when the sender gave one.</summary>
    public DateTimeOffset? Expected { get; init; }

    /// <summary>When it was closed (closed_datetime, else the update that closed it); drives the record's retention.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>
    /// The compact record kept in Redis per request; the counting script reads fields 2–9 back to undo this
    /// version's contribution when a newer version arrives. Tab-separated, no empty fields:
    /// version, department, neighborhood, ZIP, channel, request type, requested day, 15-minute slot,
    /// closed day (or -), status, due time in Unix ms (or -), requested time in Unix ms.
    /// </summary>
    public string ToRecord() => string.Join('\t',
        Version, Department, Neighborhood, Zip, Channel, Service,
        CityTime.DayKey(RequestedDay), QuarterSlot.ToString(CultureInfo.InvariantCulture),
        ClosedDay is { } closed ? CityTime.DayKey(closed) : "-",
        IsClosed ? "closed" : "open",
        Expected is { } due ? due.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) : "-",
        Requested.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
}
