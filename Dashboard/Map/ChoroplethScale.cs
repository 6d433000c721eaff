namespace Philly311.Ops.Dashboard.Map;

/// <summary>
/// Zero gets its own neutral class (a quiet neighborhood must not look like a light one), then up to five classes of
/// equal width up to the largest value, so the legend reads as plain numbers ("1–4", "5–8" …) and a change of one
/// request moves a neighborhood across a boundary the legend names.
/// </summary>
public static class ChoroplethScale
{
    public const int MaxClasses = 5;
    public const string ZeroColor = "#2b333b";

    // Dark board: more is brighter. Sequential blues for open work, ambers to red for breaches.
    private static readonly string[] OpenRamp = ["#0d47a1", "#1976d2", "#42a5f5", "#90caf9", "#e3f2fd"];
    private static readonly string[] BreachRamp = ["#5d4037", "#e65100", "#fb8c00", "#ffb74d", "#ffe0b2"];

    public static IReadOnlyList<MapClass> For(long max, MapMeasure measure)
    {
        var ramp = measure == MapMeasure.Breaches ? BreachRamp : OpenRamp;
        var classes = new List<MapClass> { new(0, 0, ZeroColor) };
        if (max <= 0) return classes;
        var count = (int)Math.Min(MaxClasses, max);
        var width = (max + count - 1) / count;
        for (var i = 0; i < count; i++)
        {
            var from = 1 + i * width;
            if (from > max) break;
            // The ramp's brightest color always means "the most"; fewer classes take the top of the ramp.
            classes.Add(new MapClass(from, Math.Min(max, from + width - 1), ramp[MaxClasses - count + i]));
        }
        return classes;
    }

    public static MapClass ClassOf(long value, IReadOnlyList<MapClass> classes) =>
        classes.LastOrDefault(c => value >= c.From) ?? classes[0];
}
