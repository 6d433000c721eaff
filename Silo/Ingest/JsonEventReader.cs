using System.Text.Json;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// Reads one JSON event into a <see cref="RawEvent"/>, refusing wrong JSON types per field.
/// Strings stand for themselves; numbers are accepted where Open311 feeds commonly send them
/// (id, zipcode, lat/long); booleans, arrays and objects are refused. Unknown fields are ignored.
/// </summary>
public static class JsonEventReader
{
    public static bool TryRead(ReadOnlyMemory<byte> json, out RawEvent raw, out FieldError? error)
    {
        raw = new RawEvent();
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
            return TryRead(document.RootElement, out raw, out error);
        }
        catch (JsonException ex)
        {
            error = new FieldError(FieldNames.Body, $"The body is not valid JSON: {ex.Message}");
            return false;
        }
    }

    public static bool TryRead(JsonElement root, out RawEvent raw, out FieldError? error)
    {
        raw = new RawEvent();
        error = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = new FieldError(FieldNames.Body, "The body must be a JSON object with Open311 fields.");
            return false;
        }

        var longField = root.TryGetProperty(FieldNames.Long, out _) ? FieldNames.Long : FieldNames.Lon;
        string?[] values = new string?[Fields.Length];
        for (var i = 0; i < Fields.Length; i++)
        {
            var (name, numberAllowed) = Fields[i];
            if (name == FieldNames.Long) name = longField;
            if (!root.TryGetProperty(name, out var value)) continue;
            switch (value.ValueKind)
            {
                case JsonValueKind.Null:
                    break;
                case JsonValueKind.String:
                    values[i] = value.GetString();
                    break;
                case JsonValueKind.Number when numberAllowed:
                    values[i] = value.GetRawText();
                    break;
                default:
                    error = new FieldError(name, $"{name} must be {(numberAllowed ? "a number or a string" : "a string")}, not {Describe(value.ValueKind)}.");
                    return false;
            }
        }

        raw = new RawEvent
        {
            Id = values[0], Status = values[1], ServiceName = values[2], ServiceCode = values[3], Agency = values[4],
            Requested = values[5], Updated = values[6], Expected = values[7], Closed = values[8],
            Zipcode = values[9], Lat = values[10], Long = values[11], Channel = values[12], LongField = longField,
        };
        return true;
    }

    private static readonly (string Name, bool NumberAllowed)[] Fields =
    [
        (FieldNames.Id, true), (FieldNames.Status, false), (FieldNames.ServiceName, false), (FieldNames.ServiceCode, false),
        (FieldNames.Agency, false), (FieldNames.Requested, false), (FieldNames.Updated, false), (FieldNames.Expected, false),
        (FieldNames.Closed, false), (FieldNames.Zipcode, true), (FieldNames.Lat, true), (FieldNames.Long, true), (FieldNames.Channel, false),
    ];

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.Number => "a number",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
