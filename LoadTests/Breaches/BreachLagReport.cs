using System.Globalization;
using System.Text;

namespace Philly311.Ops.LoadTests.Breaches;

/// <summary>Writes <c>report.md</c> and <c>totals.csv</c> (every change of the breached total seen) into a run folder.</summary>
internal static class BreachLagReport
{
    public static string Write(string reportsRoot, BreachLagOptions options, BreachLagRun run)
    {
        var folder = Path.Combine(reportsRoot, "breach-lag-" + run.StartedAt.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var lags = run.Lags;
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Breach detection lag — {(lags.Pass ? "PASS" : "FAIL")}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Run {run.StartedAt:yyyy-MM-dd HH:mm:ss} UTC on {Environment.ProcessorCount} cores; system started by the tool (redis-server with AOF, one silo, one dashboard, Release builds).");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- {options.Open:N0} open requests, each with an `expected_datetime`, due evenly over {options.Over.TotalMinutes:0} min from 5 s after the start ({options.Open / options.Over.TotalSeconds:0.0} due per second), posted as bulk NDJSON in {run.LoadTook.TotalSeconds:0.0} s ({run.Refused} refused).");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Then, from 2 s after the load, {options.Measure.TotalSeconds:0} s with no new event: every request due in that window is breached only by the silo's sweep, with the rest of the {options.Open:N0} still open in the due set.");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Lag = when the dashboard process's pushed breach feed first showed the request breached (its total reaching the request's rank by due time; read through `GET /api/breaches` at most every {BreachWatch.Every.TotalMilliseconds:0} ms: {run.Reads:N0} reads in {run.Watched.TotalSeconds:0} s, one every {run.Watched.TotalMilliseconds / Math.Max(1, run.Reads):0} ms on average, {run.ReadFailures} failed) − its due time. The read interval adds to a measured lag; it never hides any.");
        md.AppendLine();
        md.AppendLine("| budget / figure | value |");
        md.AppendLine("|---|---|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| detection lag p99 ≤ 1 s | **{lags.P99Ms:0} ms** ({(lags.Pass ? "PASS" : "FAIL")}) |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| p50 / p90 / max | {lags.P50Ms:0} / {lags.P90Ms:0} / {lags.MaxMs:0} ms |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| requests measured (due in the window) | {lags.Measured:N0} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| never seen breached | {lags.Missed:N0} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| share within 1 s | {lags.WithinBudgetShare:P2} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| open requests loaded | {run.Loaded:N0} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| breached total at the last read (due by then: {run.DueByLastRead:N0}; due 1 s before it: {run.DueBudgetBeforeLastRead:N0}) | {run.FinalTotal:N0} |");
        md.AppendLine();
        md.AppendLine("The silo sweeps every `Breaches:SweepEvery` (500 ms); a request due just after a sweep waits for the next one, so the lag is roughly uniform between the sweep's own cost and one period plus the push to the dashboard.");
        File.WriteAllText(Path.Combine(folder, "report.md"), md.ToString());

        var csv = new StringBuilder("seen_utc,breached_total\n");
        foreach (var (at, total) in run.Seen) csv.AppendLine(CultureInfo.InvariantCulture, $"{at:O},{total}");
        File.WriteAllText(Path.Combine(folder, "totals.csv"), csv.ToString());
        return folder;
    }
}
