using System.Globalization;
using System.Text.Json;

namespace Philly311.Ops.LoadTests.Ratio;

/// <summary>What one wrk run reported through the script's <c>done</c> hook.</summary>
internal sealed record WrkOutput(long Requests, double Seconds, long ConnectErrors, long ReadErrors, long WriteErrors, long StatusErrors, long Timeouts, double P50Ms, double P99Ms, double MaxMs)
{
    public const string Marker = "P311WRK";

    /// <summary>Non-2xx/3xx answers and socket errors; a request counted in <see cref="Requests"/> with a non-2xx status is not an acknowledgement.</summary>
    public long Errors => ConnectErrors + ReadErrors + WriteErrors + StatusErrors + Timeouts;

    public long Acknowledged => Math.Max(0, Requests - StatusErrors);

    public double PerSecond => Seconds > 0 ? Acknowledged / Seconds : 0;

    /// <summary>The marker line of wrk's standard output, or null when there is none (wrk failed before its end).</summary>
    public static WrkOutput? Parse(string stdout)
    {
        var line = stdout.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith(Marker + " ", StringComparison.Ordinal));
        if (line is null) return null;
        using var doc = JsonDocument.Parse(line[(Marker.Length + 1)..]);
        var r = doc.RootElement;
        long L(string name) => (long)r.GetProperty(name).GetDouble();
        double Ms(string name) => r.GetProperty(name).GetDouble() / 1000.0;
        return new WrkOutput(L("requests"), r.GetProperty("duration_us").GetDouble() / 1_000_000.0,
            L("connect"), L("read"), L("write"), L("status"), L("timeout"), Ms("p50_us"), Ms("p99_us"), Ms("max_us"));
    }

    public string Describe() => string.Format(CultureInfo.InvariantCulture, "{0:N0} requests in {1:F2} s, {2:N0} errors", Requests, Seconds, Errors);
}
