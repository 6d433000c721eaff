using System.Text.Json;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// Reads one JSON event into a <see cref="RawEvent"/>, refusing wrong JSON types per field.
/// Strings stand for themselves; numbers are accepted where Open311 feeds commonly send them
/// (id, zipcode, lat/long); booleans, arrays and objects are refused. Unknown fields are ignored,
/// but no field may appear twice: "last one wins" would let two readers of the same bytes disagree.
/// Text that is not valid Unicode (invalid UTF-8, an unpaired <c>\ud800</c> escape) is refused naming its field.
/// </summary>
public static class JsonEventReader
{
    private static readonly (string Name, bool NumberAllowed)[] Fields =
    [
        (FieldNames.Id, true), (FieldNames.Status, false), (FieldNames.ServiceName, false), (FieldNames.ServiceCode, false),
        (FieldNames.Agency, false), (FieldNames.Requested, false), (FieldNames.Updated, false), (FieldNames.Expected, false),
        (FieldNames.Closed, false), (FieldNames.Zipcode, true), (FieldNames.Lat, true), (FieldNames.Long, true), (FieldNames.Channel, false),
        (FieldNames.Lon, true),
    ];

    private const int LongIndex = 11;
    private const int LonIndex = 13;

    private static readonly Dictionary<string, int> IndexByName =
        Fields.Select((field, index) => (field.Name, index)).ToDictionary(f => f.Name, f => f.index, StringComparer.Ordinal);

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
            // The parser's message names a position and at most a character or two of the input; still quoted safely.
            error = new FieldError(FieldNames.Body, $"The body is not valid JSON: {SenderText.Quote(ex.Message.Split(" Path:")[0])}");
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

        var values = new string?[Fields.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (!TryName(property, out var name))
            {
                error = new FieldError(FieldNames.Body, "A field name is not valid text (invalid UTF-8 or an unpaired surrogate escape).");
                return false;
            }
            if (!seen.Add(name))
            {
                var field = IndexByName.ContainsKey(name) ? name : SenderText.Quote(name);
                error = new FieldError(field, $"The field '{field}' appears more than once; send each field once.");
                return false;
            }
            if (!IndexByName.TryGetValue(name, out var index))
            {
                // Ignored, but still refused when it is not text: a sender should hear that its bytes are broken anywhere.
                if (property.Value.ValueKind == JsonValueKind.String && !TryValue(property.Value, SenderText.Quote(name), false, out _, out error)) return false;
                continue;
            }
            if (!TryValue(property.Value, name, Fields[index].NumberAllowed, out values[index], out error)) return false;
        }

        var longField = seen.Contains(FieldNames.Long) ? FieldNames.Long : FieldNames.Lon;
        raw = new RawEvent
        {
            Id = values[0], Status = values[1], ServiceName = values[2], ServiceCode = values[3], Agency = values[4],
            Requested = values[5], Updated = values[6], Expected = values[7], Closed = values[8], Zipcode = values[9],
            Lat = values[10], Long = longField == FieldNames.Long ? values[LongIndex] : values[LonIndex], Channel = values[12],
            LongField = longField,
        };
        return true;
    }

    private static bool TryName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = "";
            return false;
        }
    }

    private static bool TryValue(JsonElement value, string name, bool numberAllowed, out string? text, out FieldError? error)
    {
        text = null;
        error = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.String:
                try
                {
                    text = value.GetString();
                    return true;
                }
                catch (InvalidOperationException)
                {
                    // System.Text.Json refuses to transcode invalid UTF-8 or a lone surrogate only when the string is read.
                    error = new FieldError(name, $"{name} is not valid text: it holds invalid UTF-8 or an unpaired surrogate escape.");
                    return false;
                }
            case JsonValueKind.Number when numberAllowed:
                text = value.GetRawText();
                // An id is a name, not a quantity: 17423953 and 1.7423953e7 must not become two requests.
                if (name == FieldNames.Id && !text.All(char.IsAsciiDigit))
                {
                    error = new FieldError(name, $"{name} as a number must be a whole number written in digits, not {SenderText.Quote(text)}.");
                    return false;
                }
                return true;
            default:
                error = new FieldError(name, $"{name} must be {(numberAllowed ? "a number or a string" : "a string")}, not {Describe(value.ValueKind)}.");
                return false;
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.Number => "a number",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
