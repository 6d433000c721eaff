using System.Runtime.CompilerServices;
using CsvHelper;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// Streams CSV rows off the request body. Accepts the published sample's columns and the city's
/// <c>public_cases_fc</c> columns by header name (any order, any case); unknown columns are ignored.
/// Rows are numbered from 1, the header excluded.
/// </summary>
public sealed class CsvEventSource : IAsyncDisposable
{
    private static readonly string[] Columns =
    [
        FieldNames.Id, FieldNames.Status, FieldNames.ServiceName, FieldNames.ServiceCode, FieldNames.Agency,
        FieldNames.Requested, FieldNames.Updated, FieldNames.Expected, FieldNames.Closed, FieldNames.Zipcode,
        FieldNames.Lat, FieldNames.Lon, FieldNames.Long, FieldNames.Channel,
    ];

    private readonly CsvReader _csv;
    private readonly int[] _index;

    private CsvEventSource(CsvReader csv, int[] index)
    {
        _csv = csv;
        _index = index;
    }

    /// <summary>Reads the header; refuses the whole upload (nothing applied) when a required column is missing.</summary>
    public static async Task<(CsvEventSource? Source, FieldError? Error)> OpenAsync(Stream body, CancellationToken cancellationToken)
    {
        var csv = CsvReader.Create(body, new CsvReaderOptions { HasHeader = true, SkipEmptyLines = true }, leaveOpen: true);
        await csv.ReadHeaderAsync(cancellationToken);
        if (csv.Headers is not { Count: > 0 } headers)
        {
            await csv.DisposeAsync();
            return (null, new FieldError(FieldNames.Body, "The CSV has no header row."));
        }

        var header = headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var index = Columns.Select(c => header.IndexOf(c)).ToArray();
        foreach (var required in new[] { FieldNames.Id, FieldNames.Requested })
        {
            if (index[Array.IndexOf(Columns, required)] < 0)
            {
                await csv.DisposeAsync();
                return (null, new FieldError(required, $"The CSV header has no '{required}' column."));
            }
        }
        return (new CsvEventSource(csv, index), null);
    }

    public async IAsyncEnumerable<BulkItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var line = 0;
        while (await _csv.ReadAsync(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            line++;
            var lonField = _index[11] >= 0 ? FieldNames.Lon : FieldNames.Long;
            yield return new BulkItem(line, new RawEvent
            {
                Id = Field(0), Status = Field(1), ServiceName = Field(2), ServiceCode = Field(3), Agency = Field(4),
                Requested = Field(5), Updated = Field(6), Expected = Field(7), Closed = Field(8), Zipcode = Field(9),
                Lat = Field(10), Long = Field(11) ?? Field(12), Channel = Field(13), LongField = lonField,
            }, null);
        }
    }

    private string? Field(int column)
    {
        var at = _index[column];
        if (at < 0 || at >= _csv.FieldCount) return null;
        var value = _csv.GetStringOrNull(at);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    public ValueTask DisposeAsync() => _csv.DisposeAsync();
}
