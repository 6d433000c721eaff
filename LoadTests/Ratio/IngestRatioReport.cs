using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using Philly311.Ops.LoadTests.Reports;
using static Philly311.Ops.LoadTests.Reports.ReportText;

namespace Philly311.Ops.LoadTests.Ratio;

/// <summary>The ingest-ratio report: phases, both ratios, why they differ, count check, the budget twice (wrk, tool).</summary>
internal static class IngestRatioReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    public const string WrkBudget = "Single-event durable ingest ≥ 0.5 × bare ASP.NET Core POST endpoint — wrk";
    public const string ToolBudget = "Single-event durable ingest ≥ 0.5 × bare ASP.NET Core POST endpoint — the tool's own client";

    public static IReadOnlyList<BudgetVerdict> Verdicts(IngestRatioResult run) =>
    [
        Verdict(WrkBudget, run.Wrk, run.WrkMissing ?? "no wrk phase"),
        Verdict(ToolBudget, run.Tool, "no tool phase"),
    ];

    private static BudgetVerdict Verdict(string name, ClientRatio? ratio, string why)
    {
        if (ratio is null) return new(name, why, Reports.Verdict.NotMeasured);
        var figure = string.Format(C, "{0:F2}× (silo {1:N0}/s vs bare {2:N0}/s; per round {3})", ratio.Pooled, ratio.SiloPerSecond, ratio.BarePerSecond,
            string.Join(", ", ratio.Rounds.Select(r => r.ToString("F2", C) + "×")));
        return new(name, figure, ratio.Pooled >= Budgets.IngestRatio ? Reports.Verdict.Pass : Reports.Verdict.Fail);
    }

    public static IReadOnlyList<CountCheck> Checks(IngestRatioResult run)
    {
        if (run.CityDelta is not { } delta) return [new("city total moved by the silo's acknowledged requests", "city total not readable", false)];
        var extra = delta - run.SiloAcknowledged;
        return
        [
            new("city total moved by the silo's acknowledged requests (+ at most one in flight per wrk connection at each wrk stop)",
                $"moved {N(delta)}; acknowledged {N(run.SiloAcknowledged)} (warm-ups included); difference {N(extra)}, allowed 0–{N(run.InFlightBound)}",
                extra >= 0 && extra <= run.InFlightBound),
        ];
    }

    public static IReadOnlyList<ReportSection> Build(IngestRatioResult run)
    {
        var o = run.Options;
        return
        [
            new("Run",
            [
                new TextBlock("Single-event durable ingest (POST /api/requests, keep-alive) of the silo against a bare ASP.NET Core endpoint (same path, key " +
                    "check, body read, fixed 202, its own process), in the same run, with two clients, interleaved per round: wrk → bare, wrk → silo, " +
                    "tool → bare, tool → silo. Each phase is measured after a warm-up that is not counted. Every request carries a unique service_request_id."),
                Table(["run", ""],
                [
                    ["run id", run.RunId], ["started (UTC)", run.StartedAt.ToString("yyyy-MM-dd HH:mm:ss", C)], ["elapsed", run.Elapsed.ToString(@"hh\:mm\:ss", C)],
                    ["target", run.Target], ["machine", $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}"],
                    ["wrk", run.WrkPath is { } w ? $"{w}: {o.WrkThreads} threads, {o.WrkConnections} connections, {o.Warmup.TotalSeconds:F0} s warm-up run + {o.During.TotalSeconds:F0} s measured run, Lua script with unique ids" : "not run: " + run.WrkMissing],
                    ["tool", $"{o.Copies} closed-loop copies on one SocketsHttpHandler ({o.Connections} keep-alive connections max), 3 s warm-up + {o.During.TotalSeconds:F0} s measured"],
                    ["rounds", N(o.Rounds)], ["interrupted", run.Interrupted ? "yes (Ctrl-C)" : "no"],
                ]),
                .. run.Notes.Select(n => new TextBlock("Note: " + n)),
            ]),
            new("Phases",
            [
                Table(["round", "client", "target", "acked/s", "requests", "errors", "p50 ms", "p99 ms", "client CPU % of a core", "client µs/req", "server µs/req", "Redis µs/req", "machine busy %", "other processes %"],
                    run.Phases.Select(p => (IReadOnlyList<string>)[N(p.Round), p.Client, p.Target, N(p.PerSecond), N(p.Requests), N(p.Errors), Ms(p.P50Ms), Ms(p.P99Ms),
                        p.GeneratorCpuPercent.ToString("F0", C), p.GeneratorMicrosPerRequest.ToString("F0", C), p.ServerMicrosPerRequest.ToString("F0", C),
                        p.Target == RatioPhase.Silo ? p.RedisMicrosPerRequest.ToString("F0", C) : "–", p.MachineBusyPercent.ToString("F0", C), p.OthersPercent.ToString("F0", C)])),
                new TextBlock("CPU is utime+stime from /proc over each measured phase: wrk's from this tool's reaped-children time (cutime+cstime) around the wrk " +
                    "process, the tool's own from /proc/self; machine busy % from /proc/stat (all processes on the machine, 100% = both cores); other processes % = machine busy minus client, server and Redis (another session's work on the same cores)."),
            ]),
            new("Ratios",
            [
                Table(["client", "bare /s (mean)", "silo /s (mean)", "silo/bare (pooled)", "per round"],
                    new[] { run.Wrk, run.Tool }.OfType<ClientRatio>().Select(r => (IReadOnlyList<string>)[r.Client, N(r.BarePerSecond), N(r.SiloPerSecond),
                        r.Pooled.ToString("F2", C) + "×", string.Join(", ", r.Rounds.Select(x => x.ToString("F2", C) + "×"))])),
            ]),
            new("Why the two ratios differ (measured)", [.. RatioExplanation.Explain(run).Select(l => new TextBlock(l))]),
            new("Count checks", [Table(["", "check", "figure"], Checks(run).Select(c => (IReadOnlyList<string>)[c.Pass ? "PASS" : "FAIL", c.Name, c.Detail]))]),
            new("Budgets (DESIGN.md)", [Table(["", "budget", "figure"], Verdicts(run).Select(b => (IReadOnlyList<string>)[Label(b.Verdict), b.Budget, b.Figure]))]),
        ];
    }

    public static string Write(IngestRatioResult run, string reportsRoot)
    {
        var folder = Path.Combine(reportsRoot, run.RunId);
        Directory.CreateDirectory(folder);
        var title = $"Load test: ingest-ratio — {run.StartedAt:yyyy-MM-dd HH:mm} UTC";
        var sections = Build(run);
        File.WriteAllText(Path.Combine(folder, "report.md"), MarkdownReport.Render(title, sections));
        File.WriteAllText(Path.Combine(folder, "report.html"), HtmlReport.Render(title, sections));
        WriteTimeline(run, Path.Combine(folder, "timeline.csv"));
        var summary = new
        {
            scenario = "ingest-ratio", run.RunId, run.Interrupted, run.Phases, wrk = run.Wrk, tool = run.Tool, run.WrkMissing,
            run.CityBefore, run.CityAfter, run.SiloAcknowledged, checks = Checks(run), budgets = Verdicts(run),
        };
        File.WriteAllText(Path.Combine(folder, "summary.json"), JsonSerializer.Serialize(summary, Json));
        return folder;
    }

    private static void WriteTimeline(IngestRatioResult run, string path)
    {
        using var csv = CsvWriter.Create(File.Create(path), null, leaveOpen: false);
        var names = run.Timeline.SelectMany(s => s.Processes.Select(p => p.Name)).Distinct().ToList();
        csv.WriteHeader(["second", "phase", "machine_busy_pct", .. names.SelectMany(n => new[] { n + "_rss_mib", n + "_cpu_pct" })]);
        foreach (var s in run.Timeline)
        {
            csv.WriteRecord([s.Second.ToString("F1", C), s.Phase, s.MachineBusyPercent.ToString("F1", C),
                .. names.SelectMany(n => s.Processes.FirstOrDefault(p => p.Name == n) is { } p ? new[] { p.RssMiB.ToString("F1", C), p.CpuPercent.ToString("F1", C) } : ["", ""])]);
        }
        csv.Flush();
    }

    private static TableBlock Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) => new(header, rows.ToList());
}
