using Philly311.Ops.LoadTests.Runs;
using static Philly311.Ops.LoadTests.Reports.ReportText;

namespace Philly311.Ops.LoadTests.Reports;

/// <summary>The content of a report, once, for both renderers. Ends with the count checks and then the DESIGN.md budgets.</summary>
internal static class ReportDocument
{
    public static IReadOnlyList<ReportSection> Build(RunResult run) =>
    [
        Overview(run),
        Counts(run),
        Latency(run),
        Steps(run),
        FigureCalls(run),
        Readers(run),
        Processes(run),
        new("Charts", ReportCharts.Build(run)),
        new("Count checks", [Table(["", "check", "figure"], CountChecks.Evaluate(run).Select(c => (IReadOnlyList<string>)[c.Pass ? "PASS" : "FAIL", c.Name, c.Detail]))]),
        new("Budgets (DESIGN.md)", [Table(["", "budget", "figure"], Budgets.Evaluate(run).Select(b => (IReadOnlyList<string>)[Label(b.Verdict), b.Budget, b.Figure]))]),
    ];

    private static ReportSection Overview(RunResult run)
    {
        var s = run.Scenario;
        var blocks = new List<ReportBlock>();
        if (s.Description.Length > 0) blocks.Add(new TextBlock(s.Description));
        if (s.Grounding.Length > 0) blocks.Add(new TextBlock("Grounding: " + s.Grounding));
        blocks.Add(Table(["run", ""],
        [
            ["run id", run.RunId],
            ["started (UTC)", run.StartedAt.ToString("yyyy-MM-dd HH:mm:ss", C)],
            ["elapsed", run.Elapsed.ToString(@"hh\:mm\:ss", C)],
            ["scale", s.Scale.ToString(C) + "×"],
            ["target", run.Target],
            ["machine", $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}"],
            ["generator", "one SocketsHttpHandler, fixed keep-alive pool; open model (latency from each arrival's intended moment)"],
            ["interrupted", run.Interrupted ? "yes (Ctrl-C): figures cover the part that ran" : "no"],
        ]));
        foreach (var note in run.Notes) blocks.Add(new TextBlock("Note: " + note));
        return new("Run", blocks);
    }

    private static ReportSection Counts(RunResult run)
    {
        var c = run.Counts;
        var blocks = new List<ReportBlock>
        {
            Table(["events", "count"],
            [
                ["sent", N(c.Sent)], ["acknowledged", N(c.Acknowledged)], ["  accepted (new)", N(c.Accepted)], ["  updated", N(c.Updated)],
                ["  duplicate", N(c.Duplicate)], ["errors", N(c.ErrorCount)], ["  rejected (4xx / bulk line)", N(c.Rejected)], ["  failed (transport, 5xx, cap)", N(c.Failed)],
                ["not available on target (not sent)", N(c.NotAvailable)],
                ["city.received before → after", run.CityBefore is { } b && run.CityAfter is { } a ? $"{N(b)} → {N(a)}" : "not readable"],
            ]),
        };
        if (c.Errors.Count > 0)
            blocks.Add(Table(["error kind", "events"], c.Errors.OrderByDescending(e => e.Value).Select(e => (IReadOnlyList<string>)[e.Key, N(e.Value)])));
        if (c.NotAvailableByKind.Count > 0)
            blocks.Add(Table(["traffic kind not available on target", "arrivals"], c.NotAvailableByKind.Select(e => (IReadOnlyList<string>)[e.Key, N(e.Value)])));
        return new("Counts", blocks);
    }

    private static ReportSection Latency(RunResult run)
    {
        var blocks = new List<ReportBlock>
        {
            Table(LatencyHeader,
            [
                LatencyRow("single-event ingest", run.Ingest),
                LatencyRow("bulk upload (whole answer)", run.Bulk),
                LatencyRow("event-to-glass", run.Glass),
                .. run.QueueGlass is { } queueGlass ? [LatencyRow("queue-to-glass", queueGlass)] : Array.Empty<string[]>(),
            ]),
            new TextBlock($"Event-to-glass: each acknowledged single event's sequence S is matched, in this process's clock, with the first frame " +
                $"(CityChanged / CounterChanged / Heartbeat) carrying Sequence ≥ S at each of up to 4 probe subscribers of `city` spread over the reader pool. " +
                $"{N(run.GlassUnseen)} acknowledged events were not yet reflected at a probe when the run ended."),
        };
        if (run.QueueGlass is not null)
        {
            blocks.Add(new TextBlock($"Queue-to-glass: each accepted contact's ack sequence S is matched, in this process's clock, with the first " +
                $"QueueChanged frame (or Join answer) of that contact's queue (`queue:{{slug}}`) carrying Sequence ≥ S at each of {run.QueueProbes} probe " +
                $"subscribers joined to every queue group. {N(run.QueueGlassUnseen)} accepted contacts were not yet reflected at a probe when the run ended; " +
                $"{N(run.QueueGlassUnwatched)} acks were of a queue no probe watches."));
        }
        var probes = new[] { run.Bare, run.SiloSingle, run.BulkCapacity }.OfType<CapacityResult>().ToList();
        if (probes.Count > 0)
            blocks.Add(Table(["capacity probe", "events/s", "acknowledged", "errors", "seconds", "p50 ms", "p99 ms"],
                probes.Select(p => (IReadOnlyList<string>)[p.Name, N(p.PerSecond), N(p.Acknowledged), N(p.Errors), p.Seconds.ToString("F1", C), Ms(p.Latency.P50), Ms(p.Latency.P99)])));
        return new("Latency and capacity", blocks);
    }

    private static ReportSection Steps(RunResult run)
    {
        var blocks = new List<ReportBlock>
        {
            Table(["step", "profile", "s", "offered/s", "acked/s", "errors", "ingest p99 ms", "glass p99 ms", "readers"],
                run.Steps.Select(s => (IReadOnlyList<string>)[s.Name, s.Shape, s.Seconds.ToString("F0", C), N(s.OfferedPerSecond), N(s.AckedPerSecond),
                    N(s.Errors), Ms(s.Ingest.P99), s.Glass.Count > 0 ? Ms(s.Glass.P99) : "–", N(s.Readers)])),
        };
        if (run.QueueGlass is not null)
        {
            blocks.Add(Table(["step", "offered/s", "contacts/s", "queue glass samples", "p50 ms", "p99 ms", "max ms"],
                run.Steps.Select(s => (IReadOnlyList<string>)[s.Name, N(s.OfferedPerSecond), N(s.ContactsPerSecond),
                    N(s.QueueGlass?.Count ?? 0), Q(s, q => q.P50), Q(s, q => q.P99), Q(s, q => q.Max)])));
        }
        if (run.Knee is { } knee)
        {
            blocks.Add(new TextBlock(knee.KneeRate is { } rate
                ? $"Knee: {N(rate)} events/s is the highest rate that held the budget; {(knee.BrokenAt is { } b ? $"{N(b)}/s broke it: {knee.Reason}." : knee.Reason + ".")}"
                : $"Knee: below the first step ({(knee.BrokenAt is { } first ? N(first) : "?")}/s broke it: {knee.Reason})."));
        }
        return new("Steps", blocks);
    }

    private static string Q(StepResult step, Func<Measurement.LatencySummary, double> pick) =>
        step.QueueGlass is { Count: > 0 } q ? Ms(pick(q)) : "–";

    private static ReportSection FigureCalls(RunResult run)
    {
        var blocks = new List<ReportBlock>
        {
            new TextBlock($"Each silo's `{Figures.FigureCallSampler.Path}` (router calls per figure since the silo started) was read once a second; " +
                "calls a second are the difference of two readings over the silo's own as-of times. Per step and silo: the figure with the most " +
                "calls a second over one interval (max), and its mean over the step."),
        };
        if (run.FigureCalls is not { } calls || calls.Steps.Count == 0)
        {
            blocks.Add(new TextBlock("Not measured: " + (run.FigureCalls?.Unavailable ?? "no step held two readings") + "."));
            return new("Grain calls per figure (hot key)", blocks);
        }
        blocks.Add(Table(["step", "offered/s", "silo", "hottest figure", "max calls/s", "mean calls/s", "intervals"],
            calls.Steps.Select(s => (IReadOnlyList<string>)[s.Step, N(s.OfferedPerSecond), s.Silo, s.Hottest.Figure,
                s.Hottest.MaxPerSecond.ToString("F1", C), s.Hottest.MeanPerSecond.ToString("F1", C), N(s.Hottest.Intervals)])));
        return new("Grain calls per figure (hot key)", blocks);
    }

    private static ReportSection Readers(RunResult run)
    {
        var r = run.Readers;
        var blocks = new List<ReportBlock>
        {
            new TextBlock("Readers are real SignalR clients of /hubs/ops (WebSockets), each joined to its group. A wallboard reader is an HTTP GET of " +
                "/wallboard plus a `city` subscription: a headless Blazor circuit needs a browser, so the circuit itself is not simulated."),
            Table(["readers", ""],
            [
                ["peak connected", N(r.PeakConnected)], ["event-to-glass probes", N(r.Probes)], ["frames received", N(r.Frames)],
                ["reconnects", N(r.Reconnects)], ["wallboard pages loaded", N(r.WallboardPages)], ["not available", r.Unavailable ?? "–"],
            ]),
        };
        if (r.Errors.Count > 0) blocks.Add(Table(["reader error", "count"], r.Errors.Select(e => (IReadOnlyList<string>)[e.Key, N(e.Value)])));
        return new("Readers", blocks);
    }

    private static ReportSection Processes(RunResult run)
    {
        var rows = run.MeasuredProcesses.Select(n => (IReadOnlyList<string>)[n, run.PeakRssMiB.TryGetValue(n, out var mib) ? mib.ToString("F0", C) : "–"]).ToList();
        var blocks = new List<ReportBlock> { Table(["process", "peak RSS MiB"], rows) };
        foreach (var missing in new[] { "silo", "dashboard" }.Where(n => !run.MeasuredProcesses.Contains(n)))
            blocks.Add(new TextBlock($"{missing}: not measured (no PID given or found)."));
        return new("Processes (/proc VmRSS, utime+stime)", blocks);
    }

    private static TableBlock Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) => new(header, rows.ToList());
}
