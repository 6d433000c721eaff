using System.Diagnostics;
using System.Globalization;
using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Runs;
using Philly311.Ops.LoadTests.Targets;
using Philly311.Ops.LoadTests.Traffic;

namespace Philly311.Ops.LoadTests.Ratio;

/// <summary>The phases of one ingest-ratio run against a silo and a bare endpoint that are already up.</summary>
internal sealed class IngestRatioRun(
    IngestRatioOptions options, Uri silo, string apiKey, string description, int siloPid, int? redisPid, Uri bare, int barePid, ConsoleProgress progress)
{
    private readonly List<RatioPhase> _phases = [];
    private readonly List<RatioTimelineSample> _timeline = [];
    private readonly List<string> _notes = [];
    private readonly Stopwatch _clock = new();
    private volatile string _phase = "start";
    private long _siloAcknowledged;
    private long _inFlightBound;

    public async Task<IngestRatioResult> RunAsync(CancellationToken stop)
    {
        var startedAt = DateTimeOffset.UtcNow;
        _clock.Start();
        var runId = $"ingest-ratio-{startedAt:yyyyMMdd-HHmmss}";
        var prefix = "lr" + startedAt.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..4];
        using var siloClient = new IngestClient(silo, apiKey, options.Connections);
        if (!await siloClient.IsHealthyAsync(stop)) throw new TargetUnreachableException($"{silo} did not answer /healthz.");
        var events = new EventFactory(EventFactory.ShippedTemplates(), prefix + "-t", TimeProvider.System);
        var wrk = WrkTool.Find();
        string? wrkMissing = wrk is null ? "wrk is not on PATH (apt-get install wrk)" : null;
        var script = Path.Combine(Path.GetTempPath(), $"p311-{prefix}.lua");
        await File.WriteAllTextAsync(script, WrkScript.Build(events.NewRequest(), "/api/requests", apiKey), stop);

        var before = await siloClient.GetSnapshotAsync(stop);
        using var sampling = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var timeline = SampleAsync(sampling.Token);
        try
        {
            for (var round = 1; round <= options.Rounds && !stop.IsCancellationRequested; round++)
            {
                if (wrk is not null)
                {
                    foreach (var (target, url) in new[] { (RatioPhase.Bare, bare), (RatioPhase.Silo, silo) })
                    {
                        var phase = await WrkPhaseAsync(wrk, script, round, target, url, $"{prefix}-w{round}{target[0]}", stop);
                        if (phase is null) wrkMissing ??= "wrk ran but printed no totals (see the notes)";
                        else _phases.Add(phase);
                    }
                }
                _phases.Add(await ToolPhaseAsync(round, RatioPhase.Bare, bare, events, stop));
                _phases.Add(await ToolPhaseAsync(round, RatioPhase.Silo, silo, events, stop));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
        finally
        {
            File.Delete(script);
        }
        _phase = "end";
        await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
        var after = await siloClient.GetSnapshotAsync(CancellationToken.None);
        await sampling.CancelAsync();
        await timeline;
        return new IngestRatioResult(runId, startedAt, _clock.Elapsed, description, options, wrk, wrkMissing, _phases, _timeline,
            before?.City.Received, after?.City.Received, Interlocked.Read(ref _siloAcknowledged), _inFlightBound, stop.IsCancellationRequested, _notes);
    }

    private string[] WrkArgs(string script, Uri url, TimeSpan during, string idPrefix) =>
    [
        "-t", options.WrkThreads.ToString(CultureInfo.InvariantCulture), "-c", options.WrkConnections.ToString(CultureInfo.InvariantCulture),
        "-d", $"{(int)during.TotalSeconds}s", "--timeout", "10s", "-s", script, new Uri(url, "/api/requests").ToString(), "--", idPrefix,
    ];

    private async Task<RatioPhase?> WrkPhaseAsync(string wrk, string script, int round, string target, Uri url, string idPrefix, CancellationToken stop)
    {
        var name = $"round {round}: wrk → {target}";
        _phase = name + " (warm-up)";
        progress.Say($"{name}: {options.WrkThreads} threads, {options.WrkConnections} connections, {options.Warmup.TotalSeconds:F0} s warm-up + {options.During.TotalSeconds:F0} s");
        var (warmCode, warmOut) = await WrkTool.RunAsync(wrk, WrkArgs(script, url, options.Warmup, idPrefix + "a"), stop);
        var warm = WrkOutput.Parse(warmOut);
        if (target == RatioPhase.Silo && warm is not null) CountSilo(warm);

        _phase = name;
        var serverPid = target == RatioPhase.Bare ? barePid : siloPid;
        var start = CpuSnapshot.Take(serverPid, target == RatioPhase.Silo ? redisPid : null);
        var (code, output) = await WrkTool.RunAsync(wrk, WrkArgs(script, url, options.During, idPrefix + "b"), stop);
        var end = CpuSnapshot.Take(serverPid, target == RatioPhase.Silo ? redisPid : null);
        if (WrkOutput.Parse(output) is not { } measured)
        {
            _notes.Add($"{name}: wrk exited {code} (warm-up {warmCode}) without totals: {output.ReplaceLineEndings(" ")[..Math.Min(300, output.Length)]}");
            return null;
        }
        if (target == RatioPhase.Silo) CountSilo(measured);
        if (measured.Errors > 0) _notes.Add($"{name}: {measured.Describe()} (connect {measured.ConnectErrors}, read {measured.ReadErrors}, write {measured.WriteErrors}, status {measured.StatusErrors}, timeout {measured.Timeouts}).");
        progress.Say(string.Format(CultureInfo.InvariantCulture, "{0}: {1:N0}/s", name, measured.PerSecond));
        return Phase(round, RatioPhase.Wrk, target, measured.Requests, measured.Acknowledged, measured.Errors, measured.Seconds,
            measured.P50Ms, measured.P99Ms, start, end, generatorFromChildren: true);
    }

    /// <summary>wrk counts finished requests only: up to one per connection may still be in flight when it stops, and be counted by the silo.</summary>
    private void CountSilo(WrkOutput output)
    {
        Interlocked.Add(ref _siloAcknowledged, output.Acknowledged);
        _inFlightBound += options.WrkConnections;
    }

    private async Task<RatioPhase> ToolPhaseAsync(int round, string target, Uri url, EventFactory events, CancellationToken stop)
    {
        var name = $"round {round}: tool → {target}";
        _phase = name + " (warm-up)";
        progress.Say($"{name}: {options.Copies} closed-loop copies, {ClosedModelProbe.Warmup.TotalSeconds:F0} s warm-up + {options.During.TotalSeconds:F0} s");
        using var client = new IngestClient(url, target == RatioPhase.Silo ? apiKey : "bare", options.Connections);
        var serverPid = target == RatioPhase.Bare ? barePid : siloPid;
        var probe = ClosedModelProbe.RunAsync(name, async ct =>
        {
            var reply = await client.PostAsync(events.NewRequest(), ct);
            if (target == RatioPhase.Silo && reply.Acknowledged) Interlocked.Increment(ref _siloAcknowledged);
            return reply;
        }, options.Copies, options.During, stop);
        await Task.Delay(ClosedModelProbe.Warmup, stop);
        _phase = name;
        var start = CpuSnapshot.Take(serverPid, target == RatioPhase.Silo ? redisPid : null);
        var result = await probe;
        var end = CpuSnapshot.Take(serverPid, target == RatioPhase.Silo ? redisPid : null);
        progress.Say(string.Format(CultureInfo.InvariantCulture, "{0}: {1:N0}/s", name, result.PerSecond));
        return Phase(round, RatioPhase.Tool, target, result.Acknowledged + result.Errors, result.Acknowledged, result.Errors, result.Seconds,
            result.Latency.P50, result.Latency.P99, start, end, generatorFromChildren: false);
    }

    private static RatioPhase Phase(int round, string client, string target, long requests, long acknowledged, long errors, double seconds,
        double p50, double p99, CpuSnapshot start, CpuSnapshot end, bool generatorFromChildren)
    {
        var generator = generatorFromChildren ? end.Children - start.Children : end.Self - start.Self;
        return new RatioPhase(round, client, target, requests, acknowledged, errors, seconds, p50, p99,
            generator.TotalSeconds, (end.Server - start.Server).TotalSeconds, (end.Redis - start.Redis).TotalSeconds, MachineCpu.BusyPercent(start.Machine, end.Machine));
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        List<WatchedProcess> watched = [new("silo", siloPid), new("bare-endpoint", barePid), new("generator", Environment.ProcessId)];
        if (redisPid is { } r) watched.Add(new("redis", r));
        var sampler = new ProcessSampler(watched);
        sampler.Sample();
        var machine = MachineCpu.Read();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var now = MachineCpu.Read();
                _timeline.Add(new RatioTimelineSample(Math.Round(_clock.Elapsed.TotalSeconds, 1), _phase, MachineCpu.BusyPercent(machine, now), sampler.Sample()));
                machine = now;
            }
        }
        catch (OperationCanceledException) { }
    }
}
