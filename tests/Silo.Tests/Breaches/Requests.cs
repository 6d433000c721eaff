using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Ingest;

namespace Philly311.Ops.Silo.Tests.Breaches;

/// <summary>Normalized versions built directly, so a test sets every time (including ones a live clock would refuse).</summary>
internal static class Requests
{
    public static RequestVersion Open(string id, DateTimeOffset requested, DateTimeOffset? updated = null, DateTimeOffset? expected = null,
        string department = "streets", string neighborhood = "fishtown", string zip = "19125", string service = "street-light-outage") =>
        Make(id, requested, updated, expected, null, department, neighborhood, zip, service);

    public static RequestVersion Closed(string id, DateTimeOffset requested, DateTimeOffset closed,
        string department = "streets", string neighborhood = "fishtown", string zip = "19125", string service = "street-light-outage") =>
        Make(id, requested, closed, null, closed, department, neighborhood, zip, service);

    private static RequestVersion Make(string id, DateTimeOffset requested, DateTimeOffset? updated, DateTimeOffset? expected,
        DateTimeOffset? closed, string department, string neighborhood, string zip, string service) =>
        new(id, VersionKey.For(requested, updated, closed, closed is not null), closed is not null,
            department, department + " name", neighborhood, zip, "phone",
            CityTime.LocalDate(requested), CityTime.QuarterSlot(requested), closed is { } c ? CityTime.LocalDate(c) : null)
        {
            Service = service,
            ServiceName = service + " name",
            Requested = requested,
            Expected = expected,
            ClosedAt = closed,
        };
}
