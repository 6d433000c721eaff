using CsvHelper;
using Philly311.Ops.LoadTests.Runs;
using static Philly311.Ops.LoadTests.Reports.ReportText;

namespace Philly311.Ops.LoadTests.Reports;

/// <summary>timeline.csv: the raw one-second samples behind the charts, one column per figure and per process.</summary>
internal static class TimelineCsv
{
    public static void Write(RunResult run, string path)
    {
        using var csv = CsvWriter.Create(File.Create(path), null, leaveOpen: false);
        var processes = run.MeasuredProcesses;
        string[] fixedColumns =
        [
            "second", "step", "offered_per_s", "sent", "acknowledged", "errors",
            "ingest_count", "ingest_p50_ms", "ingest_p90_ms", "ingest_p99_ms", "ingest_p999_ms", "ingest_max_ms",
            "glass_count", "glass_p50_ms", "glass_p99_ms", "glass_max_ms", "readers",
        ];
        csv.WriteHeader([.. fixedColumns, .. processes.SelectMany(p => new[] { p + "_rss_mib", p + "_cpu_pct" })]);
        foreach (var s in run.Timeline)
        {
            var perProcess = processes.SelectMany(name => s.Processes.FirstOrDefault(p => p.Name == name) is { } p
                ? new[] { p.RssMiB.ToString("F1", C), p.CpuPercent.ToString("F1", C) }
                : ["", ""]);
            csv.WriteRecord([
                s.Second.ToString("F1", C), s.Step, s.OfferedPerSecond.ToString("F1", C), s.Sent.ToString(C), s.Acknowledged.ToString(C), s.Errors.ToString(C),
                s.Ingest.Count.ToString(C), F(s.Ingest.P50), F(s.Ingest.P90), F(s.Ingest.P99), F(s.Ingest.P999), F(s.Ingest.Max),
                s.Glass.Count.ToString(C), F(s.Glass.P50), F(s.Glass.P99), F(s.Glass.Max), s.Readers.ToString(C),
                .. perProcess,
            ]);
        }
        csv.Flush();
    }

    private static string F(double ms) => ms.ToString("F3", C);
}
