namespace Philly311.Ops.LoadTests.Circuits;

/// <summary>
/// One step of a series: <see cref="Tabs"/> open (each Live), and the readings taken after it settled; the step's figure
/// is their median, the spread (max − min) says how steady the process was.
/// </summary>
internal sealed record MemoryStep(int Tabs, IReadOnlyList<HeapReading> Readings)
{
    public long LiveBytes => Median(Readings.Select(r => r.LiveBytes));

    public long HeapBytes => Median(Readings.Select(r => r.HeapBytes));

    public long RssBytes => Median(Readings.Select(r => r.RssBytes));

    public long LiveSpread => Readings.Count == 0 ? 0 : Readings.Max(r => r.LiveBytes) - Readings.Min(r => r.LiveBytes);

    internal static long Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return 0;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
