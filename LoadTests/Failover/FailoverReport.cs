using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using Philly311.Ops.LoadTests.Reports;
using static Philly311.Ops.LoadTests.Reports.ReportText;

namespace Philly311.Ops.LoadTests.Failover;

/// <summary>The dashboard-failover report: A's gaps before and around the kill, B's recovery, counts, and the budget.</summary>
internal static class FailoverReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    public static BudgetVerdict Verdict(FailoverResult run)
    {
        const string name = Budgets.FailoverName;
        if (run.Unavailable is { } why) return new(name, "not measured: " + why, Reports.Verdict.NotMeasured);
        if (run.AAround is not { } around) return new(name, "B was not killed (run interrupted)", Reports.Verdict.NotMeasured);
        if (around.WithFrames == 0) return new(name, $"none of A's {N(around.Subscribers)} subscribers received a frame around the kill", Reports.Verdict.Fail);
        var figure = string.Format(C, "longest gap {0:F2} s (p99 {1:F2} s, median {2:F2} s) over A's {3:N0} subscribers, kill −1 s to +{4:F0} s; before the kill {5:F2} s",
            around.Max, around.P99, around.P50, around.Subscribers, run.WindowTo - (run.KillAt ?? 0), run.ABefore?.Max ?? 0);
        return new(name, figure, around.Max <= Budgets.FailoverGapSeconds ? Reports.Verdict.Pass : Reports.Verdict.Fail);
    }

    public static IReadOnlyList<CountCheck> Checks(FailoverResult run) =>
    [
        new("events sent = acknowledged + errors", $"{N(run.Sent)} = {N(run.Acknowledged)} + {N(run.Errors)}", run.Sent == run.Acknowledged + run.Errors),
        new("city total moved by exactly the accepted new requests",
            run.CityBefore is { } b && run.CityAfter is { } a ? $"{N(b)} → {N(a)} (+{N(a - b)}); accepted {N(run.Accepted)}" : "city total not readable",
            run.CityBefore is { } b2 && run.CityAfter is { } a2 && a2 - b2 == run.Accepted),
    ];

    public static IReadOnlyList<ReportSection> Build(FailoverResult run)
    {
        var o = run.Options;
        var sections = new List<ReportSection>
        {
            new("Run",
            [
                new TextBlock("Redis, one silo and two dashboard processes (A and B) started by the tool. " +
                    $"{N(o.Subscribers)} hub subscribers of `{o.Group}` on A and {N(o.Subscribers)} on B (wire-protocol SignalR clients over WebSockets, each " +
                    "recording when every frame — CityChanged, CounterChanged or Heartbeat — arrived, in this process's clock); steady single-event ingest at " +
                    $"{N(o.Rate)}/s; after {o.Before.TotalSeconds:F0} s (+3 s settling) dashboard B gets SIGKILL (kill -9). " +
                    (o.Reconnect ? $"B's subscribers then do what a load balancer in front of both would make them do: reconnect (at once, then every {FailoverSubscriber.RetryEvery.TotalMilliseconds:F0} ms) to A and Join again."
                                 : "B's subscribers do not reconnect (--no-reconnect).")),
                Table(["run", ""],
                [
                    ["run id", run.RunId], ["started (UTC)", run.StartedAt.ToString("yyyy-MM-dd HH:mm:ss", C)], ["elapsed", run.Elapsed.ToString(@"hh\:mm\:ss", C)],
                    ["target", run.Target], ["machine", $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}"],
                    ["kill -9 of B at", run.KillAt is { } k ? k.ToString("F1", C) + " s" : "–"],
                    ["not measured", run.Unavailable ?? "–"],
                ]),
                .. run.Notes.Select(n => new TextBlock("Note: " + n)),
            ]),
        };
        if (run.Unavailable is null)
        {
            sections.Add(new("Frames at A's subscribers (the budget)",
            [
                Table(["window", "subscribers", "with frames", "frames", "longest gap: max s", "p99 s", "median s"],
                    new[] { ("A, before the kill", run.ABefore), ("A, kill −1 s … end", run.AAround), ("B, before the kill", run.BBefore) }
                        .Where(x => x.Item2 is not null)
                        .Select(x => (IReadOnlyList<string>)[x.Item1, N(x.Item2!.Subscribers), N(x.Item2.WithFrames), N(x.Item2.Frames),
                            x.Item2.Max.ToString("F2", C), x.Item2.P99.ToString("F2", C), x.Item2.P50.ToString("F2", C)])),
                new TextBlock("A subscriber's longest gap is the longest time without any frame overlapping the window, the silence from its last frame to the " +
                    "window's end included (a subscriber that stopped receiving shows the whole silence)."),
            ]));
            if (run.B is { } b)
            {
                string S(double? s) => s is { } v ? v.ToString("F2", C) + " s" : "–";
                sections.Add(new("B's subscribers after the kill",
                [
                    Table(["", ""],
                    [
                        ["subscribers", N(b.Subscribers)], ["dropped (socket closed)", N(b.Dropped)],
                        ["rejoined on A (Join answered)", N(b.Rejoined)], ["time to rejoin after the kill: median / max", $"{S(b.RejoinP50)} / {S(b.RejoinMax)}"],
                        ["got pushed frames again", N(b.GotFrames)], ["time to the first pushed frame after the kill: median / max", $"{S(b.FramesP50)} / {S(b.FramesMax)}"],
                        ["never got a frame again", N(b.Dropped - b.GotFrames)],
                    ]),
                ]));
            }
            var kill = run.KillAt ?? 0;
            sections.Add(new("Seconds around the kill",
            [
                Table(["second", "frames at A's subscribers", "frames at B's subscribers", "acknowledged", .. run.ProcessNames.Select(n => n + " CPU %")],
                    run.Timeline.Where(t => t.Second >= kill - 3 && t.Second <= kill + 8).Select(t => (IReadOnlyList<string>)[
                        (t.Second - kill).ToString("+0.0;-0.0", C), N(t.FramesA), N(t.FramesB), N(t.Acknowledged),
                        .. run.ProcessNames.Select(n => t.Processes.FirstOrDefault(p => p.Name == n) is { } p ? p.CpuPercent.ToString("F0", C) : "–")])),
            ]));
            if (run.ReaderErrors.Count > 0)
                sections.Add(new("Reader errors", [Table(["kind", "count"], run.ReaderErrors.Select(e => (IReadOnlyList<string>)[e.Key, N(e.Value)]))]));
            sections.Add(new("Count checks", [Table(["", "check", "figure"], Checks(run).Select(c => (IReadOnlyList<string>)[c.Pass ? "PASS" : "FAIL", c.Name, c.Detail]))]));
        }
        var v = Verdict(run);
        sections.Add(new("Budgets (DESIGN.md)", [Table(["", "budget", "figure"], [[Label(v.Verdict), v.Budget, v.Figure]])]));
        return sections;
    }

    public static string Write(FailoverResult run, string reportsRoot)
    {
        var folder = Path.Combine(reportsRoot, run.RunId);
        Directory.CreateDirectory(folder);
        var title = $"Load test: dashboard-failover — {run.StartedAt:yyyy-MM-dd HH:mm} UTC";
        var sections = Build(run);
        File.WriteAllText(Path.Combine(folder, "report.md"), MarkdownReport.Render(title, sections));
        File.WriteAllText(Path.Combine(folder, "report.html"), HtmlReport.Render(title, sections));
        using (var csv = CsvWriter.Create(File.Create(Path.Combine(folder, "timeline.csv")), null, leaveOpen: false))
        {
            csv.WriteHeader(["second", "frames_a", "frames_b", "acknowledged", .. run.ProcessNames.SelectMany(n => new[] { n + "_rss_mib", n + "_cpu_pct" })]);
            foreach (var t in run.Timeline)
            {
                csv.WriteRecord([t.Second.ToString("F1", C), t.FramesA.ToString(C), t.FramesB.ToString(C), t.Acknowledged.ToString(C),
                    .. run.ProcessNames.SelectMany(n => t.Processes.FirstOrDefault(p => p.Name == n) is { } p ? new[] { p.RssMiB.ToString("F1", C), p.CpuPercent.ToString("F1", C) } : ["", ""])]);
            }
            csv.Flush();
        }
        var summary = new
        {
            scenario = "dashboard-failover", run.RunId, run.Unavailable, run.KillAt, run.ABefore, run.AAround, run.BBefore, run.B,
            run.Sent, run.Acknowledged, run.Errors, run.CityBefore, run.CityAfter, run.Accepted, checks = run.Unavailable is null ? Checks(run) : [], budgets = new[] { Verdict(run) },
        };
        File.WriteAllText(Path.Combine(folder, "summary.json"), JsonSerializer.Serialize(summary, Json));
        return folder;
    }

    private static TableBlock Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) => new(header, rows.ToList());
}
