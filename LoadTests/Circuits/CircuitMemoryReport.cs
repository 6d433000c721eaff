using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Philly311.Ops.LoadTests.Circuits;

/// <summary>Writes <c>report.md</c>, <c>summary.json</c> and <c>steps.csv</c> (every heap reading) into a run folder.</summary>
internal static class CircuitMemoryReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Write(string reportsRoot, CircuitMemoryRun run)
    {
        var folder = Path.Combine(reportsRoot, "circuit-memory-" + run.StartedAt.ToString("yyyyMMdd-HHmmss", Inv));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "report.md"), Markdown(run));
        File.WriteAllText(Path.Combine(folder, "summary.json"), JsonSerializer.Serialize(Summary(run), new JsonSerializerOptions { WriteIndented = true }));
        File.WriteAllText(Path.Combine(folder, "steps.csv"), Csv(run));
        return folder;
    }

    internal static string Markdown(CircuitMemoryRun run)
    {
        var md = new StringBuilder();
        var verdict = run.Verdict;
        md.AppendLine(Inv, $"# circuit-memory — {verdict.Word}").AppendLine();
        md.AppendLine(Inv, $"Run {run.StartedAt:yyyy-MM-dd HH:mm:ss}–{run.EndedAt:HH:mm:ss} UTC on {Environment.ProcessorCount} cores. System: {run.System}. Live data: {run.Feed}.").AppendLine();
        md.AppendLine("How it is measured:");
        md.AppendLine("- Every tab is a Chromium (Debian's, headless, Playwright) page in a browser context of its own: the board tabs sign in through the real form as a director, the wallboard tabs open `/wallboard?token=` with a display token. A tab counts once its page shows Live and its `/_blazor` WebSocket has carried frames, i.e. its own circuit is up.");
        md.AppendLine(Inv, $"- Steps: 0 tabs, then {string.Join(", ", run.Options.Tabs)} (tabs stay open from step to step); each step settles {run.Options.Settle.TotalSeconds:0} s, then {run.Options.Readings} readings 2 s apart, the step's figure being their median. Before step 0, {CircuitMemoryCommand.WarmUpTabs} tabs of each page opened and closed (warm-up: JIT and first-render costs are not per circuit).");
        md.AppendLine("- A reading: an EventPipe session to the dashboard's pid with the CLR `GCHeapCollect` keyword (as dotnet-gcdump) induces a full blocking GC; **live heap** = bytes that survived it (its GCHeapStats promoted bytes, gen 0–2 + LOH + POH), **heap** = the generations' size with free space, **RSS** = `/proc/<pid>/status` VmRSS just after. The first reading at 0 tabs and at the last step also walks the heap (GCHeapDump), summed by type.");
        md.AppendLine("- Per circuit = least-squares slope of the live heap over tabs; r² says whether the steps lie on a line. RSS moves with the GC's own retention decisions (server GC keeps freed segments), so its slope is shown but not judged.").AppendLine();

        md.AppendLine("| budget | measured | verdict |").AppendLine("|---|---|---|");
        foreach (var series in run.Series)
        {
            var fit = series.LiveFit;
            var figure = fit is null ? "no fit" : $"**{fit.Slope / 1000:0.0} KB per circuit** (live heap slope, r² {fit.RSquared:0.000}, {fit.Points} points)";
            var budget = series.Series == "board" ? $"a board circuit ≤ {CircuitBudget.BytesPerCircuit / 1000} KB" : $"a {series.Series} circuit (no budget of its own; same line for comparison)";
            md.AppendLine(Inv, $"| {budget} | {figure} | {series.Verdict.Word}{(series.Series == "board" ? "" : " (informational)")} |");
        }
        md.AppendLine();

        foreach (var series in run.Series) AppendSeries(md, series);
        md.AppendLine("## Circuit retention").AppendLine();
        md.AppendLine("The dashboard sets no `CircuitOptions`, so ASP.NET Core's defaults hold: `DisconnectedCircuitRetentionPeriod` 3 min, `DisconnectedCircuitMaxRetained` 100. A circuit whose page is left normally is disposed at once (blazor.web.js sends its disconnect beacon on unload); one whose socket just drops is kept that long for a reconnect. The tabs here leave by navigating to `about:blank`, then their context closes — as a user closing the tab.");
        return md.ToString();
    }

    private static void AppendSeries(StringBuilder md, CircuitSeries series)
    {
        md.AppendLine(Inv, $"## {series.Series} `{series.Shown}`").AppendLine();
        md.AppendLine("| tabs | live heap MB | spread KB | heap MB | RSS MB | live Δ vs 0 tabs, KB per tab |").AppendLine("|---:|---:|---:|---:|---:|---:|");
        var baseline = series.Baseline;
        foreach (var step in series.Steps)
        {
            var perTab = baseline is null || step.Tabs == 0 ? "—" : ((step.LiveBytes - baseline.LiveBytes) / 1000.0 / step.Tabs).ToString("0.0", Inv);
            md.AppendLine(Inv, $"| {step.Tabs} | {step.LiveBytes / 1e6:0.00} | {step.LiveSpread / 1000.0:0} | {step.HeapBytes / 1e6:0.00} | {step.RssBytes / 1e6:0.0} | {perTab} |");
        }
        md.AppendLine();
        if (series.LiveFit is { } live) md.AppendLine(Inv, $"- Live heap: **{live.Slope / 1000:0.0} KB per circuit**, intercept {live.Intercept / 1e6:0.00} MB, r² {live.RSquared:0.000} — {series.Verdict.Why}.");
        if (series.HeapFit is { } heap) md.AppendLine(Inv, $"- Heap with free space: {heap.Slope / 1000:0.0} KB per circuit (r² {heap.RSquared:0.000}).");
        if (series.RssFit is { } rss) md.AppendLine(Inv, $"- RSS: {rss.Slope / 1000:0.0} KB per circuit (r² {rss.RSquared:0.000}).");
        if (series.AtClose is { } atClose)
            md.AppendLine(Inv, $"- All tabs closed, a settle later: live heap {atClose.LiveBytes / 1e6:0.00} MB, RSS {atClose.RssBytes / 1e6:0.0} MB — {Share(series.Returned(atClose))} of the growth to the last step gone.");
        if (series.AfterRetention is { } after)
            md.AppendLine(Inv, $"- {series.RetentionWait.TotalSeconds:0} s after closing (past the retention period): live heap {after.LiveBytes / 1e6:0.00} MB, RSS {after.RssBytes / 1e6:0.0} MB — {Share(series.Returned(after))} gone.");
        md.AppendLine();
        if (series.Growth.Count == 0) return;
        md.AppendLine(Inv, $"Largest growth per circuit by type (heap walks at 0 and {series.Peak?.Tabs} tabs; shallow sizes, one walk each, so ± noise):").AppendLine();
        md.AppendLine("| type | objects per circuit | KB per circuit |").AppendLine("|---|---:|---:|");
        foreach (var g in series.Growth) md.AppendLine(Inv, $"| `{g.Type}` | {g.ObjectsPerCircuit:0.0} | {g.BytesPerCircuit / 1000:0.0} |");
        md.AppendLine();
        if (series.HolderGrowth is not { Count: > 0 } held) return;
        md.AppendLine("The same growth by type ← the type of the first object found referring to it (who holds the bytes):").AppendLine();
        md.AppendLine("| type ← holder | objects per circuit | KB per circuit |").AppendLine("|---|---:|---:|");
        foreach (var g in held) md.AppendLine(Inv, $"| `{g.Type}` | {g.ObjectsPerCircuit:0.0} | {g.BytesPerCircuit / 1000:0.0} |");
        md.AppendLine();
    }

    private static string Share(double? share) => share is { } s ? s.ToString("P0", Inv) : "n/a";

    private static object Summary(CircuitMemoryRun run) => new
    {
        command = "circuit-memory",
        started_utc = run.StartedAt,
        ended_utc = run.EndedAt,
        system = run.System,
        feed = run.Feed,
        budget_bytes_per_board_circuit = CircuitBudget.BytesPerCircuit,
        verdict = run.Verdict.Word,
        why = run.Verdict.Why,
        options = new { tabs = run.Options.Tabs, settle_seconds = run.Options.Settle.TotalSeconds, readings = run.Options.Readings, retention_wait_seconds = run.Options.RetentionWait.TotalSeconds },
        series = run.Series.Select(s => new
        {
            series = s.Series,
            path = s.Shown,
            verdict = s.Verdict.Word,
            live_bytes_per_circuit = s.LiveFit?.Slope,
            live_intercept_bytes = s.LiveFit?.Intercept,
            live_r_squared = s.LiveFit?.RSquared,
            heap_bytes_per_circuit = s.HeapFit?.Slope,
            rss_bytes_per_circuit = s.RssFit?.Slope,
            steps = s.Steps.Select(st => new { tabs = st.Tabs, live_bytes = st.LiveBytes, heap_bytes = st.HeapBytes, rss_bytes = st.RssBytes, live_spread_bytes = st.LiveSpread }),
            closed_live_bytes = s.AtClose?.LiveBytes,
            closed_returned_share = s.Returned(s.AtClose),
            after_retention_live_bytes = s.AfterRetention?.LiveBytes,
            after_retention_returned_share = s.Returned(s.AfterRetention),
            growth = s.Growth.Select(g => new { type = g.Type, objects_per_circuit = g.ObjectsPerCircuit, bytes_per_circuit = g.BytesPerCircuit }),
            growth_by_holder = (s.HolderGrowth ?? []).Select(g => new { type_and_holder = g.Type, objects_per_circuit = g.ObjectsPerCircuit, bytes_per_circuit = g.BytesPerCircuit }),
        }),
    };

    private static string Csv(CircuitMemoryRun run)
    {
        var csv = new StringBuilder("series,tabs,reading,gc,gc_reason,live_bytes,heap_bytes,rss_bytes\n");
        foreach (var series in run.Series)
        {
            foreach (var step in series.Steps)
            {
                for (var i = 0; i < step.Readings.Count; i++)
                {
                    var r = step.Readings[i];
                    csv.AppendLine(Inv, $"{series.Series},{step.Tabs},{i},{r.GcNumber},{r.GcReason},{r.LiveBytes},{r.HeapBytes},{r.RssBytes}");
                }
            }
        }
        return csv.ToString();
    }
}
