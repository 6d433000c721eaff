using System.Globalization;
using System.Text.RegularExpressions;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Geography;
using Philly311.Ops.Silo.Normalization;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// Validates one raw event and turns it into a <see cref="RequestVersion"/>: every rule that can refuse
/// an event lives here, so JSON, NDJSON and CSV refuse the same things with the same words.
/// </summary>
public sealed partial class ServiceRequestNormalizer(CityMap map, TimeProvider clock)
{
    private const int MaxTextLength = 256;

    /// <summary>Requests "from the future" beyond clock skew are a sender's bug, not a surge.</summary>
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public bool TryNormalize(RawEvent raw, out RequestVersion? version, out FieldError? error)
    {
        version = null;
        error = Validate(raw, out var parsed);
        if (error is not null) return false;
        version = parsed;
        return true;
    }

    private FieldError? Validate(RawEvent raw, out RequestVersion? version)
    {
        version = null;
        var id = raw.Id?.Trim();
        if (string.IsNullOrEmpty(id)) return new(FieldNames.Id, "service_request_id is required.");
        if (!IdPattern().IsMatch(id)) return new(FieldNames.Id, "service_request_id must be 1–64 characters of letters, digits, '.', '_', ':' or '-'.");

        foreach (var (field, text) in new[] { (FieldNames.ServiceName, raw.ServiceName), (FieldNames.ServiceCode, raw.ServiceCode), (FieldNames.Agency, raw.Agency) })
        {
            if (text is { Length: > MaxTextLength }) return new(field, $"{field} must be at most {MaxTextLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(raw.Requested)) return new(FieldNames.Requested, "requested_datetime is required.");
        if (ParseTime(FieldNames.Requested, raw.Requested, out var requested) is { } e1) return e1;
        if (requested < Earliest) return new(FieldNames.Requested, "requested_datetime is before the year 2000.");
        if (requested > clock.GetUtcNow() + FutureTolerance) return new(FieldNames.Requested, "requested_datetime is more than a day in the future.");
        if (ParseOptionalTime(FieldNames.Updated, raw.Updated, out var updated) is { } e2) return e2;
        if (ParseOptionalTime(FieldNames.Expected, raw.Expected, out var expected) is { } e3) return e3;
        if (ParseOptionalTime(FieldNames.Closed, raw.Closed, out var closed) is { } e4) return e4;
        if (updated < requested) return new(FieldNames.Updated, "updated_datetime is before requested_datetime.");
        if (closed < requested) return new(FieldNames.Closed, "closed_datetime is before requested_datetime.");

        if (!TryStatus(raw.Status, closed is not null, out var isClosed)) return new(FieldNames.Status, $"status '{raw.Status}' is not one of open, closed (or a finer state such as 'in progress', 'resolved').");
        if (!ZipCode.TryNormalize(raw.Zipcode, out var zip)) return new(FieldNames.Zipcode, $"zipcode '{raw.Zipcode}' is not a 5-digit ZIP code.");
        if (!ChannelCatalog.TryResolve(raw.Channel, out var channel)) return new(FieldNames.Channel, $"channel '{raw.Channel}' is not one of {string.Join(", ", ChannelCatalog.All)}.");
        if (ParseCoordinates(raw, out var point) is { } e5) return e5;

        var department = DepartmentCatalog.Resolve(raw.Agency);
        var service = ServiceCatalog.Resolve(raw.ServiceName, raw.ServiceCode);
        var neighborhood = point is { } p ? map.NeighborhoodAt(p.Lat, p.Lon)?.Id : null;
        zip ??= point is { } q ? map.ZipAt(q.Lat, q.Lon) : null;
        // A closed request with no closed_datetime (the published sample has none) is taken as closed when last updated.
        DateOnly? closedDay = isClosed ? CityTime.LocalDate(closed ?? updated ?? requested) : null;

        version = new RequestVersion(
            id,
            VersionKey.For(requested, updated, closed, isClosed),
            isClosed,
            department.Code,
            department.Name,
            neighborhood ?? Places.UnknownId,
            zip ?? Places.UnknownId,
            channel,
            CityTime.LocalDate(requested),
            CityTime.QuarterSlot(requested),
            closedDay)
        {
            Service = service.Code,
            ServiceName = service.Name,
            Requested = requested,
            Expected = expected,
            ClosedAt = isClosed ? closed ?? updated ?? requested : null,
        };
        return null;
    }

    private static FieldError? ParseOptionalTime(string field, string? text, out DateTimeOffset? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return null;
        var error = ParseTime(field, text, out var parsed);
        value = parsed;
        return error;
    }

    private static FieldError? ParseTime(string field, string text, out DateTimeOffset value)
    {
        text = text.Trim();
        // Without an offset a time is ambiguous by up to five hours; refuse rather than guess.
        if (!OffsetPattern().IsMatch(text) ||
            !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value))
        {
            value = default;
            return new(field, $"{field} '{text}' is not an ISO 8601 date-time with a UTC offset (e.g. 2025-02-14T11:00:00-05:00).");
        }
        return null;
    }

    private static bool TryStatus(string? status, bool hasClosedTime, out bool isClosed)
    {
        isClosed = hasClosedTime;
        if (string.IsNullOrWhiteSpace(status)) return true;
        switch (status.Trim().ToLowerInvariant())
        {
            case "closed" or "resolved" or "completed" or "complete":
                isClosed = true;
                return true;
            case "open" or "new" or "in progress" or "in_progress" or "inprogress" or "assigned" or "acknowledged" or "pending" or "reopened":
                isClosed = false;
                return true;
            default:
                return false;
        }
    }

    private static FieldError? ParseCoordinates(RawEvent raw, out (double Lat, double Lon)? point)
    {
        point = null;
        var hasLat = !string.IsNullOrWhiteSpace(raw.Lat);
        var hasLon = !string.IsNullOrWhiteSpace(raw.Long);
        if (!hasLat && !hasLon) return null;
        if (!hasLat) return new(FieldNames.Lat, $"lat is missing while {raw.LongField} is given; send both or neither.");
        if (!hasLon) return new(raw.LongField, $"{raw.LongField} is missing while lat is given; send both or neither.");
        if (!double.TryParse(raw.Lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || !double.IsFinite(lat))
            return new(FieldNames.Lat, $"lat '{raw.Lat}' is not a number.");
        if (!double.TryParse(raw.Long, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || !double.IsFinite(lon))
            return new(raw.LongField, $"{raw.LongField} '{raw.Long}' is not a number.");
        if (lat is < -90 or > 90) return new(FieldNames.Lat, $"lat {lat.ToString(CultureInfo.InvariantCulture)} is out of range (-90 to 90).");
        if (lon is < -180 or > 180) return new(raw.LongField, $"{raw.LongField} {lon.ToString(CultureInfo.InvariantCulture)} is out of range (-180 to 180).");
        point = (lat, lon);
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"(Z|z|[+-]\d{2}(:?\d{2})?)$")]
    private static partial Regex OffsetPattern();
}
