using System.Diagnostics;
using System.Globalization;
using Philly311.Ops.LoadTests.Cli;
using Philly311.Ops.LoadTests.Hosting;
using Philly311.Ops.LoadTests.Injection;
using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Readers;
using Philly311.Ops.LoadTests.Runs;
using Philly311.Ops.LoadTests.Scenarios;
using Philly311.Ops.LoadTests.Targets;
using Philly311.Ops.LoadTests.Traffic;
using Spectre.Console;

namespace Philly311.Ops.LoadTests.Failover;

/// <summary>
/// <c>dashboard-failover</c>: Redis + one silo + two dashboards (A, B) started by the tool; N subscribers on each; steady
/// ingest; then kill -9 of B. Judged: A's subscribers' longest gap between frames around the kill (≤ 1.5 s). Reported: how
/// B's subscribers, reconnecting to A as a load balancer would send them, got frames again.
/// </summary>
internal static class FailoverCommand
{
    private const int ConnectParallelism = 16;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(FailoverOptions options, CancellationToken stop)
    {
        var progress = new ConsoleProgress();
        var startedAt = DateTimeOffset.UtcNow;
        var runId = $"dashboard-failover-{startedAt:yyyyMMdd-HHmmss}";
        var clock = Stopwatch.StartNew();
        SelfHostedSystem? system = null;
        FailoverResult result;
        try
        {
            progress.Say("starting Redis, the silo and two dashboards (Release builds)");
            system = await SelfHostedSystem.StartAsync(progress.Say, new SystemShape(2, []), stop);
            result = system.DashboardUrls.Count < 2
                ? Unmeasured(runId, startedAt, clock, options, "two dashboards needed, " + system.DashboardUrls.Count + " came up: " + system.DashboardProblem)
                : await MeasureAsync(system, options, runId, startedAt, clock, progress, stop);
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidOperationException or TargetUnreachableException)
        {
            progress.Say("cannot run: " + ex.Message);
            result = Unmeasured(runId, startedAt, clock, options, ex.Message.ReplaceLineEndings(" "));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return ExitCodes.Interrupted;
        }
        finally
        {
            if (system is not null)
            {
                progress.Say("stopping the system the tool started");
                await system.DisposeAsync();
            }
        }

        var folder = FailoverReport.Write(result, options.Out ?? RepoLayout.ReportsFolder);
        var verdict = FailoverReport.Verdict(result);
        AnsiConsole.MarkupLine(Reports.ReportText.Badge(verdict.Verdict) + " " + Markup.Escape($"{verdict.Budget}: {verdict.Figure}"));
        AnsiConsole.MarkupLineInterpolated($"Report: [bold]{folder}[/]");
        return result.Unavailable is null ? ExitCodes.Ok : ExitCodes.Unreachable;
    }

    private static FailoverResult Unmeasured(string runId, DateTimeOffset startedAt, Stopwatch clock, FailoverOptions options, string why) =>
        new(runId, startedAt, clock.Elapsed, "started by the tool", options, why, null, 0, 0, null, null, null, null, 0, 0, 0, null, null, 0, [], [],
            new Dictionary<string, long>(), []);

    private static async Task<FailoverResult> MeasureAsync(
        SelfHostedSystem system, FailoverOptions options, string runId, DateTimeOffset startedAt, Stopwatch clock, ConsoleProgress progress, CancellationToken stop)
    {
        var (a, b) = (system.DashboardUrls[0], system.DashboardUrls[1]);
        var notes = new List<string>();
        var prefix = "lf" + startedAt.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..4] + "-";
        using var client = new IngestClient(system.SiloUrl, SelfHostedSystem.ApiKey, 64);
        if (!await client.IsHealthyAsync(stop)) throw new TargetUnreachableException($"{system.SiloUrl} did not answer /healthz.");
        var before = await client.GetSnapshotAsync(stop);

        var stats = new ReaderStats();
        progress.Say($"connecting {options.Subscribers} subscribers of '{options.Group}' to A ({a}) and {options.Subscribers} to B ({b})");
        var subscribers = await ConnectAllAsync(options, a, b, clock, stats, stop);
        var connectedAt = clock.Elapsed.TotalSeconds;
        if (subscribers.Count < 2 * options.Subscribers)
            notes.Add($"{2 * options.Subscribers - subscribers.Count} subscribers could not connect: {string.Join("; ", stats.Errors.Keys.Take(3))}.");

        var counters = new RunCounters();
        var latencies = new RunLatencies();
        var events = new EventFactory(EventFactory.ShippedTemplates(), prefix, TimeProvider.System);
        var sender = new TrafficSender(client, events, counters, latencies, () => [], OptionalEndpoints.Default, 1, 20_000);
        var total = Settle + options.Before + options.After;
        var step = new ScenarioStep("steady ingest", $"inject {options.Rate:F0}/s", RateCurve.Constant(options.Rate, total), [(TrafficKind.Request, 1.0)], ReaderTarget.None);

        var watched = system.Watched.ToList();
        var sampler = new ProcessSampler([.. watched, new WatchedProcess("generator", Environment.ProcessId)]);
        var samples = new List<(double Second, long Acked, IReadOnlyList<ProcessSample> Processes)>();
        using var sampling = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var timeline = SampleAsync(clock, sampler, counters, samples, sampling.Token);

        progress.Say($"steady ingest at {options.Rate:N0}/s; kill -9 of B in {(Settle + options.Before).TotalSeconds:F0} s, then {options.After.TotalSeconds:F0} s more");
        var injecting = new OpenModelInjector(sender).RunAsync(step, null, stop);
        double? killAt = null;
        try
        {
            await Task.Delay(Settle + options.Before, stop);
            system.KillDashboard(b);
            killAt = clock.Elapsed.TotalSeconds;
            progress.Say($"kill -9 of dashboard B at {killAt:F1} s");
            await injecting;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
        var end = clock.Elapsed.TotalSeconds;
        await sender.DrainAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
        var after = await client.GetSnapshotAsync(CancellationToken.None);
        await sampling.CancelAsync();
        await timeline;

        var onA = subscribers.Where(s => s.Home == "A").ToList();
        var onB = subscribers.Where(s => s.Home == "B").ToList();
        var framesA = onA.Select(s => s.Frames).ToList();
        var framesB = onB.Select(s => s.Frames).ToList();
        var beforeFrom = connectedAt + Settle.TotalSeconds;
        var kill = killAt ?? end;
        var windowFrom = kill - 1;
        var result = new FailoverResult(runId, startedAt, clock.Elapsed, "started by the tool: redis-server + silo + dashboards A and B on loopback", options, null,
            killAt, windowFrom, end,
            GapStats.Of(framesA, beforeFrom, windowFrom), killAt is null ? null : GapStats.Of(framesA, windowFrom, end), GapStats.Of(framesB, beforeFrom, windowFrom),
            killAt is null ? null : Recovery.Of(onB.Select(s => (s.DroppedAt, s.RejoinedAt, s.FirstFrameAfterDropAt)).ToList(), kill),
            counters.Sent, counters.Acknowledged, counters.ErrorCount, before?.City.Received, after?.City.Received, counters.Accepted,
            PerSecond(samples, framesA, framesB), sampler.Processes.Select(p => p.Name).ToList(), new Dictionary<string, long>(stats.Errors), notes);

        progress.Say("closing the subscribers");
        using var gate = new SemaphoreSlim(32);
        await Task.WhenAll(subscribers.Select(async s =>
        {
            await gate.WaitAsync(CancellationToken.None);
            try { await s.DisposeAsync(); }
            finally { gate.Release(); }
        }));
        return result;
    }

    private static async Task<List<FailoverSubscriber>> ConnectAllAsync(FailoverOptions options, Uri a, Uri b, Stopwatch clock, ReaderStats stats, CancellationToken stop)
    {
        var all = new List<FailoverSubscriber>();
        using var gate = new SemaphoreSlim(ConnectParallelism);
        var wanted = Enumerable.Range(0, 2 * options.Subscribers).Select(i => i % 2 == 0 ? ("A", a, (Uri?)null) : ("B", b, options.Reconnect ? a : null));
        await Task.WhenAll(wanted.Select(async w =>
        {
            await gate.WaitAsync(stop);
            try
            {
                var subscriber = await FailoverSubscriber.ConnectAsync(w.Item1, w.Item2, w.Item3, SelfHostedSystem.Access, options.Group, clock, stats, stop);
                lock (all) all.Add(subscriber);
            }
            catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or IOException or HttpRequestException)
            {
                stats.Error("connect: " + ex.GetType().Name);
            }
            finally
            {
                gate.Release();
            }
        }));
        return all;
    }

    private static async Task SampleAsync(Stopwatch clock, ProcessSampler sampler, RunCounters counters,
        List<(double, long, IReadOnlyList<ProcessSample>)> samples, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        sampler.Sample();
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var (_, acked, _) = counters.TakeInterval();
                samples.Add((Math.Round(clock.Elapsed.TotalSeconds, 1), acked, sampler.Sample()));
            }
        }
        catch (OperationCanceledException) { }
    }

    private static List<FailoverSecond> PerSecond(List<(double Second, long Acked, IReadOnlyList<ProcessSample> Processes)> samples,
        List<IReadOnlyList<double>> framesA, List<IReadOnlyList<double>> framesB)
    {
        var rows = new List<FailoverSecond>(samples.Count);
        var previous = samples.Count > 0 ? samples[0].Second - 1 : 0;
        foreach (var (second, acked, processes) in samples)
        {
            long Count(List<IReadOnlyList<double>> frames) => frames.Sum(f => (long)f.Count(t => t > previous && t <= second));
            rows.Add(new FailoverSecond(second, Count(framesA), Count(framesB), acked, processes));
            previous = second;
        }
        return rows;
    }
}
