using System.Globalization;

namespace Philly311.Ops.LoadTests.Scenarios;

/// <summary>Durations in scenario files read like NBomber's: "500ms", "20s", "2m", "1h" (a bare number is seconds).</summary>
internal static class DurationText
{
    public static TimeSpan Parse(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new ScenarioException($"{what} needs a duration such as 20s.");
        var t = text.Trim().ToLowerInvariant();
        var (number, unit) = t.EndsWith("ms", StringComparison.Ordinal) ? (t[..^2], 0.001)
            : t.EndsWith('s') ? (t[..^1], 1.0)
            : t.EndsWith('m') ? (t[..^1], 60.0)
            : t.EndsWith('h') ? (t[..^1], 3600.0)
            : (t, 1.0);
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0 || !double.IsFinite(value))
            throw new ScenarioException($"{what} '{text}' is not a duration such as 20s, 500ms or 2m.");
        return TimeSpan.FromSeconds(value * unit);
    }
}
