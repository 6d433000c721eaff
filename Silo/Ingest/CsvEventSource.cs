using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// Streams CSV rows off the request body. Accepts the published sample's columns and the city's
/// <c>public_cases_fc</c> columns by header name (any order, any case); unknown columns are ignored.
/// Rows (records: a quoted field may span lines) are numbered from 1, the header excluded. A row that is too long,
/// has a field over the limit, an unterminated quote or text that is not UTF-8 is refused alone, naming the column.
/// </summary>
public sealed class CsvEventSource
{
    private static readonly string[] Columns =
    [
        FieldNames.Id, FieldNames.Status, FieldNames.ServiceName, FieldNames.ServiceCode, FieldNames.Agency,
        FieldNames.Requested, FieldNames.Updated, FieldNames.Expected, FieldNames.Closed, FieldNames.Zipcode,
        FieldNames.Lat, FieldNames.Lon, FieldNames.Long, FieldNames.Channel,
    ];

    // Throws on invalid bytes instead of inventing U+FFFD: a mangled name would become a department of its own.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly CsvRowScanner _scanner;
    private readonly int[] _index;
    private readonly string[] _names;

    private CsvEventSource(CsvRowScanner scanner, int[] index, string[] names)
    {
        _scanner = scanner;
        _index = index;
        _names = names;
    }

    /// <summary>Reads the header; refuses the whole upload (nothing applied) when it is unreadable or a required column is missing.</summary>
    public static async Task<(CsvEventSource? Source, FieldError? Error)> OpenAsync(
        PipeReader body, int maxField, int maxRow, CancellationToken cancellationToken)
    {
        var scanner = new CsvRowScanner(body, maxField, maxRow);
        var header = await scanner.NextAsync(cancellationToken);
        if (header is null) return (null, new FieldError(FieldNames.Body, "The CSV has no header row."));
        if (header.Error is not null) return (null, new FieldError(FieldNames.Body, $"The CSV header row {header.Error}."));

        var names = new string[header.FieldCount];
        for (var i = 0; i < names.Length; i++)
        {
            if (!TryDecode(header.Field(i), out var name)) return (null, new FieldError(FieldNames.Body, $"CSV header column {i + 1} is not UTF-8 text."));
            // A control character in a column name means the lines are not what we think (CR-only line endings make one huge header).
            if (SenderText.HasUnsafe(name)) return (null, new FieldError(FieldNames.Body, $"CSV header column {i + 1} holds control characters; lines must end in LF or CRLF."));
            names[i] = name.Trim().ToLowerInvariant();
        }
        var index = Columns.Select(c => Array.IndexOf(names, c)).ToArray();
        foreach (var column in Columns)
        {
            if (Array.IndexOf(names, column) != Array.LastIndexOf(names, column))
                return (null, new FieldError(column, $"The CSV header has the '{column}' column more than once."));
        }
        foreach (var required in new[] { FieldNames.Id, FieldNames.Requested })
        {
            if (index[Array.IndexOf(Columns, required)] < 0) return (null, new FieldError(required, $"The CSV header has no '{required}' column."));
        }
        return (new CsvEventSource(scanner, index, names), null);
    }

    public async IAsyncEnumerable<BulkItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var line = 0;
        var lonField = _index[11] >= 0 ? FieldNames.Lon : FieldNames.Long;
        while (await _scanner.NextAsync(cancellationToken) is { } record)
        {
            line++;
            yield return Read(line, record, lonField);
        }
    }

    private BulkItem Read(int line, CsvRecord record, string lonField)
    {
        if (record.Error is not null) return new BulkItem(line, null, new FieldError(Blame(record.ErrorColumn), $"{Describe(record.ErrorColumn)} {record.Error}."));

        var values = new string?[Columns.Length];
        for (var c = 0; c < Columns.Length; c++)
        {
            var at = _index[c];
            if (at < 0 || at >= record.FieldCount) continue;
            if (!TryDecode(record.Field(at), out var text)) return new BulkItem(line, null, new FieldError(Columns[c], $"{Columns[c]} is not UTF-8 text."));
            values[c] = string.IsNullOrWhiteSpace(text) ? null : text;
        }
        return new BulkItem(line, new RawEvent
        {
            Id = values[0], Status = values[1], ServiceName = values[2], ServiceCode = values[3], Agency = values[4],
            Requested = values[5], Updated = values[6], Expected = values[7], Closed = values[8], Zipcode = values[9],
            Lat = values[10], Long = values[11] ?? values[12], Channel = values[13], LongField = lonField,
        }, null);
    }

    /// <summary>The field a refusal names: ours when the column is one we read, else the body (its header is the sender's text).</summary>
    private string Blame(int column) =>
        column >= 0 && column < _names.Length && Array.IndexOf(Columns, _names[column]) >= 0 ? _names[column] : FieldNames.Body;

    private string Describe(int column) =>
        column < 0 ? "The row" : column < _names.Length ? $"Column '{SenderText.Quote(_names[column])}'" : $"Column {column + 1}";

    private static bool TryDecode(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = Strict.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
