using System.Globalization;

namespace Philly311.Ops.LoadTests.Replay;

/// <summary>
/// How long a request of each type typically stays open, for rows that say Closed but not when (the parade-day sample
/// has no closed or updated times). An estimate, not a measurement: it lives in a small CSV (service_name, typical_hours,
/// basis; "*" is the default) so it can be argued with and changed without a build. Each request gets 0.5–1.5 × its
/// type's typical time, fixed by its id, so closes spread out instead of landing in step and a run can be repeated.
/// </summary>
internal sealed class CloseTimeEstimates
{
    public const string DefaultFile = "close-time-estimates.csv";

    private readonly Dictionary<string, TimeSpan> _typical;
    private readonly TimeSpan _fallback;

    public CloseTimeEstimates(IReadOnlyDictionary<string, TimeSpan> typical, TimeSpan fallback)
    {
        _typical = new Dictionary<string, TimeSpan>(typical, StringComparer.OrdinalIgnoreCase);
        _fallback = fallback;
    }

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Data", DefaultFile);

    public static CloseTimeEstimates Read(string path)
    {
        var typical = new Dictionary<string, TimeSpan>(StringComparer.OrdinalIgnoreCase);
        TimeSpan? fallback = null;
        foreach (var (line, number) in File.ReadLines(path).Select((l, i) => (l.Trim(), i + 1)).Skip(1))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            // The basis column is free text and may hold commas: split into three at most.
            var parts = line.Split(',', 3);
            if (parts.Length < 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var hours) || !(hours >= 0))
                throw new InvalidDataException($"{path} line {number}: expected service_name,typical_hours[,basis].");
            if (parts[0].Trim() == "*") fallback = TimeSpan.FromHours(hours);
            else typical[parts[0].Trim()] = TimeSpan.FromHours(hours);
        }
        return new CloseTimeEstimates(typical, fallback ?? TimeSpan.FromDays(3));
    }

    public TimeSpan Typical(string? serviceName) =>
        serviceName is not null && _typical.TryGetValue(serviceName, out var typical) ? typical : _fallback;

    public TimeSpan For(string? serviceName, string id) => Typical(serviceName) * (0.5 + Spread(id));

    /// <summary>0–1 from a stable hash of the id (string.GetHashCode changes per process).</summary>
    private static double Spread(string id)
    {
        var hash = 2166136261u;
        foreach (var c in id) hash = (hash ^ c) * 16777619u;
        return hash % 1001 / 1000.0;
    }
}
