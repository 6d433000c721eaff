using Philly311.Ops.Contracts.Time;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// One validated, normalized version of a service request: everything the counters need and
/// nothing more (no address, no description: no resident data leaves ingest).
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
    /// <summary>
    /// The compact record kept in Redis per request; the counting script reads it back to undo
    /// this version's contribution when a newer version arrives. Tab-separated, no empty fields.
    /// </summary>
    public string ToRecord() => string.Join('\t',
        Version, Department, Neighborhood, Zip, Channel,
        CityTime.DayKey(RequestedDay), QuarterSlot.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ClosedDay is { } closed ? CityTime.DayKey(closed) : "-");
}
