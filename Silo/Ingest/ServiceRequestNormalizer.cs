using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Geography;
using Philly311.Ops.Silo.Normalization;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// Validates one raw event and turns it into a <see cref="RequestVersion"/>: every rule that can refuse
/// an event lives here, so JSON, NDJSON and CSV refuse the same things with the same words.
/// </summary>
public sealed partial class ServiceRequestNormalizer
{
    private const int MaxTextLength = 256;

    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly CityMap _map;
    private readonly TimeProvider _clock;
    private readonly IngestOptions _options;
    private readonly DimensionCap? _cap;

    /// <summary>Default windows and no cap on departments or request types: for tests of the counting itself.</summary>
    public ServiceRequestNormalizer(CityMap map, TimeProvider clock)
        : this(map, clock, Options.Create(new IngestOptions()), null)
    {
    }

    public ServiceRequestNormalizer(CityMap map, TimeProvider clock, IOptions<IngestOptions> options, DimensionCap? cap)
    {
        _map = map;
        _clock = clock;
        _options = options.Value;
        _cap = cap;
    }

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
        // Trimming spaces is friendly; a control character (a newline Trim would drop, a NUL) is a broken sender.
        if (raw.Id is not null && SenderText.HasUnsafe(raw.Id)) return new(FieldNames.Id, "service_request_id holds control characters.");
        var id = raw.Id?.Trim();
        if (string.IsNullOrEmpty(id)) return new(FieldNames.Id, "service_request_id is required.");
        if (!IdPattern().IsMatch(id)) return new(FieldNames.Id, "service_request_id must be 1–64 characters of letters, digits, '.', '_', ':' or '-'.");

        foreach (var (field, text) in new[] { (FieldNames.ServiceName, raw.ServiceName), (FieldNames.ServiceCode, raw.ServiceCode), (FieldNames.Agency, raw.Agency) })
        {
            if (text is { Length: > MaxTextLength }) return new(field, $"{field} must be at most {MaxTextLength} characters.");
            // A name is shown on every screen: no control characters, no bidi overrides that reorder what a reader sees.
            if (text is not null && SenderText.HasUnsafe(text)) return new(field, $"{field} '{SenderText.Quote(text)}' holds control or bidi-override characters.");
        }

        if (string.IsNullOrWhiteSpace(raw.Requested)) return new(FieldNames.Requested, "requested_datetime is required.");
        if (ParseTime(FieldNames.Requested, raw.Requested, out var requested) is { } e1) return e1;
        if (requested < Earliest) return new(FieldNames.Requested, "requested_datetime is before the year 2000.");
        var now = _clock.GetUtcNow();
        var latest = now + _options.FutureTolerance;
        if (requested > latest) return Ahead(FieldNames.Requested);
        if (ParseOptionalTime(FieldNames.Updated, raw.Updated, out var updated) is { } e2) return e2;
        if (ParseOptionalTime(FieldNames.Expected, raw.Expected, out var expected) is { } e3) return e3;
        if (ParseOptionalTime(FieldNames.Closed, raw.Closed, out var closed) is { } e4) return e4;
        // A version from the far future would outrank every real one: the request's true close would be answered "duplicate" forever.
        if (updated > latest) return Ahead(FieldNames.Updated);
        if (closed > latest) return Ahead(FieldNames.Closed);
        if (expected > now + _options.MaxDueAhead) return new(FieldNames.Expected, $"expected_datetime is more than {_options.MaxDueAhead.TotalDays:0} days ahead.");
        if (expected < Earliest) return new(FieldNames.Expected, "expected_datetime is before the year 2000.");
        if (updated < requested) return new(FieldNames.Updated, "updated_datetime is before requested_datetime.");
        if (closed < requested) return new(FieldNames.Closed, "closed_datetime is before requested_datetime.");

        if (!TryStatus(raw.Status, closed is not null, out var isClosed)) return new(FieldNames.Status, $"status '{SenderText.Quote(raw.Status)}' is not one of open, closed (or a finer state such as 'in progress', 'resolved').");
        if (!ZipCode.TryNormalize(raw.Zipcode, out var zip)) return new(FieldNames.Zipcode, $"zipcode '{SenderText.Quote(raw.Zipcode)}' is not a 5-digit ZIP code.");
        if (!ChannelCatalog.TryResolve(raw.Channel, out var channel)) return new(FieldNames.Channel, $"channel '{SenderText.Quote(raw.Channel)}' is not one of {string.Join(", ", ChannelCatalog.All)}.");
        if (ParseCoordinates(raw, out var point) is { } e5) return e5;

        var department = DepartmentCatalog.Resolve(raw.Agency);
        var service = ServiceCatalog.Resolve(raw.ServiceName, raw.ServiceCode);
        if (_cap is not null)
        {
            department = _cap.Admit(department);
            service = _cap.Admit(service);
        }
        var neighborhood = point is { } p ? _map.NeighborhoodAt(p.Lat, p.Lon)?.Id : null;
        zip ??= point is { } q ? _map.ZipAt(q.Lat, q.Lon) : null;
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
        // Without an offset a time is ambiguous by up to five hours, and other layouts were misread: refuse rather than guess.
        if (!IsoTime.TryParse(text.Trim(), out value))
        {
            return new(field, $"{field} '{SenderText.Quote(text)}' is not an ISO 8601 date-time with a UTC offset (e.g. 2025-02-14T11:00:00-05:00).");
        }
        return null;
    }

    private FieldError Ahead(string field) =>
        new(field, $"{field} is more than {_options.FutureTolerance.TotalHours:0} hours ahead of now.");

    private static bool TryStatus(string? status, bool hasClosedTime, out bool isClosed)
    {
        isClosed = hasClosedTime;
        if (string.IsNullOrWhiteSpace(status)) return true;
        if (!SenderText.IsAscii(status)) return false;
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
        // ASCII text only: double.TryParse ignores trailing NULs ("40.04\0" parsed as 40.04).
        if (!SenderText.IsAscii(raw.Lat!) || SenderText.HasUnsafe(raw.Lat!)) return new(FieldNames.Lat, $"lat '{SenderText.Quote(raw.Lat)}' is not a number.");
        if (!SenderText.IsAscii(raw.Long!) || SenderText.HasUnsafe(raw.Long!)) return new(raw.LongField, $"{raw.LongField} '{SenderText.Quote(raw.Long)}' is not a number.");
        if (!double.TryParse(raw.Lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || !double.IsFinite(lat))
            return new(FieldNames.Lat, $"lat '{SenderText.Quote(raw.Lat)}' is not a number.");
        if (!double.TryParse(raw.Long, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || !double.IsFinite(lon))
            return new(raw.LongField, $"{raw.LongField} '{SenderText.Quote(raw.Long)}' is not a number.");
        if (lat is < -90 or > 90) return new(FieldNames.Lat, $"lat {lat.ToString(CultureInfo.InvariantCulture)} is out of range (-90 to 90).");
        if (lon is < -180 or > 180) return new(raw.LongField, $"{raw.LongField} {lon.ToString(CultureInfo.InvariantCulture)} is out of range (-180 to 180).");
        point = (lat, lon);
        return null;
    }

    // \z, not $: $ also matches before a final newline.
    [GeneratedRegex(@"^[A-Za-z0-9._:-]{1,64}\z")]
    private static partial Regex IdPattern();
}
