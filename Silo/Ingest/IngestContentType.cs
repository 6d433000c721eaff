using Microsoft.Net.Http.Headers;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// Which bodies ingest reads, decided on the parsed media type (type/subtype compared whole, not by prefix:
/// <c>application/jsonx</c> is not JSON). A <c>charset</c>, when given, must be UTF-8: it is all we decode.
/// </summary>
public static class IngestContentType
{
    /// <summary><c>application/json</c> or any <c>application/*+json</c>.</summary>
    public static bool IsJson(string? contentType) =>
        TryParse(contentType, out var type) &&
        (type == "application/json" || (type.StartsWith("application/", StringComparison.Ordinal) && type.EndsWith("+json", StringComparison.Ordinal) && type.Length > "application/+json".Length));

    /// <summary><c>application/x-ndjson</c> or <c>application/jsonl</c> (NDJSON), or <c>text/csv</c>.</summary>
    public static bool TryBulk(string? contentType, out bool isCsv)
    {
        isCsv = false;
        if (!TryParse(contentType, out var type)) return false;
        isCsv = type == "text/csv";
        return isCsv || type is "application/x-ndjson" or "application/jsonl";
    }

    private static bool TryParse(string? contentType, out string type)
    {
        type = "";
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed) || parsed.MediaType.Value is not { } mediaType) return false;
        var charset = parsed.Charset;
        if (charset.HasValue && !HeaderUtilities.RemoveQuotes(charset).Equals("utf-8", StringComparison.OrdinalIgnoreCase)) return false;
        type = mediaType.ToLowerInvariant();
        return true;
    }

    /// <summary>The 415 answer, quoting what was sent (bounded) so the sender sees which header we read.</summary>
    public static FieldError Refusal(string? contentType, string expected) =>
        new("Content-Type", $"Content-Type must be {expected} (charset utf-8 if any), not '{SenderText.Quote(contentType)}'.");
}
