using System.Globalization;
using Philly311.Ops.Silo.Ingest;

namespace Philly311.Ops.Silo.Staffing;

/// <summary>
/// The what-if's inputs, read by hand from the query string so every refusal names its parameter (a bound
/// <c>double</c> would take "NaN", "Infinity" or a repeated key silently).
/// </summary>
public sealed partial record StaffingQuery(double Offered, double IntervalMinutes, double AhtSeconds, double AnswerWithinSeconds, double TargetPercent)
{
    public const string OfferedField = "offered";
    public const string IntervalField = "interval_minutes";
    public const string AhtField = "aht_seconds";
    public const string AnswerWithinField = "answer_within_seconds";
    public const string TargetField = "target_percent";

    /// <summary>Optional what-if: the volume changed by this many percent (<c>20</c> or <c>+20</c> → offered × 1.2; above −100, at most 1000).</summary>
    public const string VolumeChangeField = "volume_change_percent";

    public static bool TryRead(IQueryCollection query, out StaffingQuery? parsed, out FieldError? error)
    {
        parsed = null;
        double interval = 0, aht = 0, within = 0, target = 0;
        error = Number(query, OfferedField, 0, 10_000_000, out var offered);
        error ??= Number(query, IntervalField, 1, 1_440, out interval);
        error ??= Number(query, AhtField, 1, 7_200, out aht);
        error ??= Number(query, AnswerWithinField, 0, 3_600, out within);
        error ??= Number(query, TargetField, 1, 99.9, out target);
        var change = 0.0;
        if (error is null && query.ContainsKey(VolumeChangeField)) error = Change(query, out change);
        if (error is not null) return false;
        parsed = new StaffingQuery(offered * (1 + change / 100), interval, aht, within, target);
        return true;
    }

    private static FieldError? Number(IQueryCollection query, string name, double min, double max, out double value)
    {
        value = 0;
        var values = query[name];
        if (values.Count == 0 || string.IsNullOrWhiteSpace(values[0])) return new(name, $"{name} is required.");
        if (values.Count > 1) return new(name, $"{name} is given {values.Count} times; give it once.");
        return Parse(name, values[0]!.Trim(), min, max, out value);
    }

    private static FieldError? Change(IQueryCollection query, out double change)
    {
        change = 0;
        var values = query[VolumeChangeField];
        if (values.Count > 1) return new(VolumeChangeField, $"{VolumeChangeField} is given {values.Count} times; give it once.");
        var text = values[0]?.Trim() ?? "";
        var negative = text.StartsWith('-');
        if (negative || text.StartsWith('+')) text = text[1..];
        var error = Parse(VolumeChangeField, text, 0, negative ? 99.999999 : 1_000, out change);
        if (negative) change = -change;
        return error is null ? null : new(VolumeChangeField, $"{VolumeChangeField} must be a plain decimal number above -100 and at most 1000.");
    }

    private static FieldError? Parse(string name, string text, double min, double max, out double value)
    {
        value = 0;
        // ASCII digits only: double.TryParse also takes "NaN", "∞" and other scripts' digits.
        if (text.Length > 32 || !PlainDecimal().IsMatch(text) || !double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            return new(name, $"{name} must be a plain decimal number.");
        if (value < min || value > max)
            return new(name, string.Create(CultureInfo.InvariantCulture, $"{name} must be between {min} and {max}."));
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9]{1,12}(\\.[0-9]{1,6})?$")]
    private static partial System.Text.RegularExpressions.Regex PlainDecimal();
}
