using System.Globalization;
using CsvHelper;
using Philly311.Ops.Contracts.Ingest;

namespace Philly311.Ops.LoadTests.Replay;

/// <summary>
/// Reads service requests from a CSV by header name: the published sample's columns
/// (<c>service_request_id, requested_datetime, status, service_name, agency_responsible, zipcode, lat, lon</c>)
/// or the city's <c>public_cases_fc</c> columns (adds <c>service_code, updated/expected/closed_datetime</c>).
/// Unknown columns are ignored; values pass as they are (ZIP "19128.0" included): the silo normalizes.
/// </summary>
internal static class CaseCsvReader
{
    public static CaseFile Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    public static CaseFile Read(Stream stream)
    {
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { HasHeader = true, SkipEmptyLines = true }, leaveOpen: true);
        csv.ReadHeader();
        var header = (csv.Headers ?? []).Select(h => h.Trim().ToLowerInvariant()).ToList();
        var columns = new CaseColumns(header);
        if (columns.Id < 0 || columns.Requested < 0)
            throw new InvalidDataException("The CSV needs a header row with service_request_id and requested_datetime columns.");

        var events = new List<ServiceRequestEvent>();
        var skipped = new List<string>();
        var row = 0;
        while (csv.Read())
        {
            row++;
            if (TryEvent(csv, columns, out var request, out var reason)) events.Add(request!);
            else skipped.Add($"row {row}: {reason}");
        }
        return new CaseFile(events, skipped);
    }

    private static bool TryEvent(CsvReader csv, CaseColumns c, out ServiceRequestEvent? request, out string? reason)
    {
        request = null;
        reason = null;
        var id = Field(csv, c.Id);
        if (id is null) { reason = "no service_request_id"; return false; }
        if (!TryTime(Field(csv, c.Requested), out var requested) || requested is null) { reason = "requested_datetime is not a date-time"; return false; }
        if (!TryTime(Field(csv, c.Updated), out var updated)) { reason = "updated_datetime is not a date-time"; return false; }
        if (!TryTime(Field(csv, c.Expected), out var expected)) { reason = "expected_datetime is not a date-time"; return false; }
        if (!TryTime(Field(csv, c.Closed), out var closed)) { reason = "closed_datetime is not a date-time"; return false; }
        if (!TryNumber(Field(csv, c.Lat), out var lat)) { reason = "lat is not a number"; return false; }
        if (!TryNumber(Field(csv, c.Lon), out var lon)) { reason = "lon is not a number"; return false; }

        request = new ServiceRequestEvent
        {
            ServiceRequestId = id,
            Status = Field(csv, c.Status),
            ServiceName = Field(csv, c.ServiceName),
            ServiceCode = Field(csv, c.ServiceCode),
            AgencyResponsible = Field(csv, c.Agency),
            RequestedDatetime = requested.Value,
            UpdatedDatetime = updated,
            ExpectedDatetime = expected,
            ClosedDatetime = closed,
            Zipcode = Field(csv, c.Zipcode),
            Lat = lat,
            Long = lon,
            Channel = Field(csv, c.Channel),
        };
        return true;
    }

    private static string? Field(CsvReader csv, int index)
    {
        if (index < 0 || index >= csv.FieldCount) return null;
        var value = csv.GetStringOrNull(index)?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>
    /// The sample writes "2025-02-14 00:49:28+00:00"; Carto exports of public_cases_fc write "…Z". A time with no
    /// offset is taken as UTC because that is how the city publishes the table (and the silo refuses offset-less times).
    /// </summary>
    internal static bool TryTime(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (text is null) return true;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
            return false;
        value = parsed;
        return true;
    }

    private static bool TryNumber(string? text, out double? value)
    {
        value = null;
        if (text is null) return true;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) || !double.IsFinite(parsed)) return false;
        value = parsed;
        return true;
    }
}
