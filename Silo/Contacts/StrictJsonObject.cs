using System.Text.Json;
using Philly311.Ops.Silo.Ingest;

namespace Philly311.Ops.Silo.Contacts;

/// <summary>
/// One JSON object read the way request ingest reads it (<see cref="JsonEventReader"/>): no key twice ("last one wins"
/// would let two readers of the same bytes disagree), every name and string valid Unicode (invalid UTF-8 or an unpaired
/// surrogate escape refused naming its field, in ignored fields too), unknown fields ignored. Values are read typed by
/// <see cref="Text"/> and <see cref="TextArray"/>, which name the field in every refusal.
/// </summary>
public sealed class StrictJsonObject
{
    private readonly Dictionary<string, JsonElement> _fields;

    private StrictJsonObject(Dictionary<string, JsonElement> fields) => _fields = fields;

    public static bool TryParse(ReadOnlyMemory<byte> json, IReadOnlySet<string> known, out StrictJsonObject? value, out FieldError? error)
    {
        value = null;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
            return TryRead(document.RootElement, known, out value, out error);
        }
        catch (JsonException ex)
        {
            error = new FieldError(FieldNames.Body, $"The body is not valid JSON: {SenderText.Quote(ex.Message.Split(" Path:")[0])}");
            return false;
        }
    }

    private static bool TryRead(JsonElement root, IReadOnlySet<string> known, out StrictJsonObject? value, out FieldError? error)
    {
        value = null;
        error = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = new FieldError(FieldNames.Body, "The body must be a JSON object.");
            return false;
        }
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            string name;
            try
            {
                name = property.Name;
            }
            catch (InvalidOperationException)
            {
                error = new FieldError(FieldNames.Body, "A field name is not valid text (invalid UTF-8 or an unpaired surrogate escape).");
                return false;
            }
            var shown = known.Contains(name) ? name : SenderText.Quote(name);
            if (fields.ContainsKey(name))
            {
                error = new FieldError(shown, $"The field '{shown}' appears more than once; send each field once.");
                return false;
            }
            if (!ValidText(property.Value, shown, out error)) return false;
            // Cloned: the document is disposed when this returns.
            fields[name] = property.Value.Clone();
        }
        value = new StrictJsonObject(fields);
        return true;
    }

    /// <summary>A string field (or digits, where <paramref name="digitsAllowed"/>: ids sent as numbers); null when absent or JSON null.</summary>
    public FieldError? Text(string name, bool digitsAllowed, out string? text)
    {
        text = null;
        if (!_fields.TryGetValue(name, out var value)) return null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                text = value.GetString();
                return null;
            case JsonValueKind.Number when digitsAllowed:
                text = value.GetRawText();
                // An id is a name, not a quantity: 17 and 1.7e1 must not become two contacts.
                return text.All(char.IsAsciiDigit) ? null : new FieldError(name, $"{name} as a number must be a whole number written in digits.");
            default:
                return new FieldError(name, $"{name} must be a string, not {Describe(value.ValueKind)}.");
        }
    }

    /// <summary>An array of strings; null when absent or JSON null.</summary>
    public FieldError? TextArray(string name, int maxItems, out string[]? items)
    {
        items = null;
        if (!_fields.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.Array) return new FieldError(name, $"{name} must be an array of strings, not {Describe(value.ValueKind)}.");
        if (value.GetArrayLength() > maxItems) return new FieldError(name, $"{name} may hold at most {maxItems} entries.");
        var list = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String) return new FieldError(name, $"{name} must hold strings only, not {Describe(item.ValueKind)}.");
            list.Add(item.GetString()!);
        }
        items = [.. list];
        return null;
    }

    private static bool ValidText(JsonElement value, string name, out FieldError? error)
    {
        error = null;
        try
        {
            // System.Text.Json refuses invalid UTF-8 or a lone surrogate only when a string is read: read them all now.
            if (value.ValueKind == JsonValueKind.String) _ = value.GetString();
            else if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String) _ = item.GetString();
                }
            }
            return true;
        }
        catch (InvalidOperationException)
        {
            error = new FieldError(name, $"{name} is not valid text: it holds invalid UTF-8 or an unpaired surrogate escape.");
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
