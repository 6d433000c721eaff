using System.Diagnostics;
using System.Globalization;
using Philly311.Ops.LoadTests.Baseline;
using Philly311.Ops.LoadTests.Figures;
using Philly311.Ops.LoadTests.Injection;
using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Readers;
using Philly311.Ops.LoadTests.Scenarios;
using Philly311.Ops.LoadTests.Targets;
using Philly311.Ops.LoadTests.Traffic;

namespace Philly311.Ops.LoadTests.Runs;

/// <summary>
/// Runs one scenario against a target: baseline probe, the steps (or the knee search), the bulk probe, then drains
/// and reads the city total again. Every phase is bounded in time; stop (Ctrl-C) ends the current phase and still
/// produces a report of what was measured.
/// </summary>
internal sealed class SurgeRunner(Scenario scenario, RunTarget target, SurgeOptions options, ConsoleProgress progress)
{
    private static readonly TimeSpan StepDrain = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan FinalDrain = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan GlassWait = TimeSpan.FromSeconds(5);
    // Long enough for 1,000 readers to finish connecting and the processes to reach steady state (tiered JIT).
    private static readonly TimeSpan KneeWarmup = TimeSpan.FromSeconds(10);

    private readonly RunCounters _counters = new();
    private readonly RunLatencies _latencies = new();
    private readonly ReaderStats _readerStats = new();
    private readonly List<TimelineSample> _timeline = [];
    private readonly List<StepResult> _steps = [];
    private readonly List<string> _notes = [];
    private volatile string _stepName = "start";
    private double _offered;
    private readonly Stopwatch _clock = new();

    public async Task<RunResult> RunAsync(CancellationToken stop)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var (cpuAtStart, loadAtStart) = (MachineCpu.Read(), MachineCpu.LoadAverage());
        var clock = _clock;
        clock.Start();
        var runId = $"{scenario.Name}-{startedAt:yyyyMMdd-HHmmss}";
        var prefix = "lt" + startedAt.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..4] + "-";
        using var client = new IngestClient(target.Silo, target.ApiKey, options.Connections);
        if (!await client.IsHealthyAsync(stop)) throw new TargetUnreachableException($"{target.Silo} did not answer /healthz.");

        var events = new EventFactory(EventFactory.ShippedTemplates(), prefix, TimeProvider.System);
        var maxReaders = Math.Max(scenario.Steps.Select(s => s.Readers.Total).DefaultIfEmpty(0).Max(), scenario.Knee?.Subscribers ?? 0);
        var queueKeys = scenario.Uses(TrafficKind.Contact) ? ContactCenter.ContactStream.ShippedQueueKeys(scenario.ContactCenter) : [];
        await using var readers = new ReaderPool(target.Dashboard, target.Access, client, _latencies.Glass, _readerStats, maxReaders, _latencies.QueueGlass, queueKeys);
        var sender = new TrafficSender(client, events, _counters, _latencies, () => readers.Probes, scenario.Endpoints, scenario.BulkSize, options.MaxInFlight, scenario.ContactCenter,
            () => readers.QueueProbes);
        await sender.ProbeOptionalAsync(Enum.GetValues<TrafficKind>().Where(scenario.Uses), stop);
        foreach (var (kind, available) in sender.Availability.Where(a => !a.Value))
            progress.Say($"{kind.ToString().ToLowerInvariant()} traffic: not available on target (404) — counted apart, not sent");

        var before = await client.GetSnapshotAsync(stop);
        var sampler = new ProcessSampler([.. target.Processes, new WatchedProcess("generator", Environment.ProcessId)]);
        using var sampling = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var timeline = SampleTimelineAsync(clock, sampler, readers, sampling.Token);
        using var figureCalls = new FigureCallSampler(options.Silos ?? [target.Silo], target.ApiKey, clock);
        var figureSampling = figureCalls.RunAsync(sampling.Token);

        CapacityResult? bare = null, siloSingle = null, bulk = null;
        KneeOutcome? knee = null;
        try
        {
            if (scenario.Baseline is { } baseline) (bare, siloSingle) = await BaselineAsync(baseline, client, events, stop);
            var injector = new OpenModelInjector(sender);
            foreach (var step in scenario.Steps)
            {
                if (stop.IsCancellationRequested) break;
                await RunStepAsync(step, injector, sender, readers, stop);
            }
            if (scenario.Knee is { } plan && !stop.IsCancellationRequested) knee = await KneeAsync(plan, injector, sender, readers, stop);
            if (scenario.BulkProbe is { } probe && !stop.IsCancellationRequested)
            {
                _stepName = "bulk probe";
                progress.Say($"bulk probe: {probe.Events:N0} events in uploads of {probe.Batch:N0}");
                bulk = await BulkProbe.RunAsync(probe, client, events, _counters, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }

        _stepName = "drain";
        await sender.DrainAsync(FinalDrain);
        await WaitForGlassAsync(readers);
        var after = await client.GetSnapshotAsync(CancellationToken.None);
        await sampling.CancelAsync();
        await timeline;
        await figureSampling;

        _notes.Add(string.Format(CultureInfo.InvariantCulture,
            "machine: all {0} cores {1:F0} % busy over the run (/proc/stat, every process); load average (1 / 5 / 15 min) {2} at the start, {3} at the end.",
            Environment.ProcessorCount, MachineCpu.BusyPercent(cpuAtStart, MachineCpu.Read()), loadAtStart, MachineCpu.LoadAverage()));
        if (readers.Unavailable is { } why && maxReaders > 0) _notes.Add("Readers not available: " + why + ".");
        if (target.DashboardProblem is { } problem) _notes.Add(problem);
        return new RunResult(
            scenario, runId, startedAt, clock.Elapsed, target.Description, stop.IsCancellationRequested,
            _steps, _timeline, Counts(), _latencies.Ingest.Total(), _latencies.Bulk.Total(), _latencies.Glass.Total(),
            readers.Probes.Sum(p => p.Pending + p.Dropped), bare, siloSingle, bulk,
            before?.City.Received, after?.City.Received, sampler.PeakRssMiB, sampler.Processes.Select(p => p.Name).ToList(),
            new ReaderSummary(_readerStats.PeakConnected, readers.Probes.Count, _readerStats.Frames, _readerStats.Reconnects,
                _readerStats.WallboardPages, new Dictionary<string, long>(_readerStats.Errors), maxReaders > 0 ? readers.Unavailable : null),
            sender.Availability, knee, _notes,
            FigureCallSummaryBuilder.Build(figureCalls.Silos.ToDictionary(s => s, figureCalls.SamplesOf, StringComparer.Ordinal), _steps, figureCalls.Unavailable),
            readers.QueueProbes.Count > 0 ? _latencies.QueueGlass.Total() : null, readers.QueueProbes.Sum(p => p.Pending + p.Dropped),
            readers.QueueProbes.Count, readers.QueueProbes.Sum(p => p.Unwatched));
    }

    private async Task<(CapacityResult Bare, CapacityResult Silo)> BaselineAsync(BaselinePlan plan, IngestClient client, EventFactory events, CancellationToken stop)
    {
        _stepName = "baseline: bare endpoint";
        progress.Say($"baseline: bare ASP.NET Core endpoint, {plan.Copies} copies for {plan.During.TotalSeconds:F0} s");
        var (process, url) = await BareEndpointProcess.StartAsync(stop);
        CapacityResult bare;
        await using (process)
        {
            using var bareClient = new IngestClient(url, "bare", options.Connections);
            bare = await ClosedModelProbe.RunAsync("bare endpoint", ct => bareClient.PostAsync(events.NewRequest(), ct), plan.Copies, plan.During, stop);
        }
        _stepName = "baseline: silo";
        progress.Say($"baseline: silo single-event ingest, {plan.Copies} copies for {plan.During.TotalSeconds:F0} s");
        var silo = await ClosedModelProbe.RunAsync("silo", async ct =>
        {
            var request = events.NewRequest();
            _counters.Sending(1);
            IngestReply reply;
            try
            {
                reply = await client.PostAsync(request, ct);
            }
            catch (OperationCanceledException)
            {
                _counters.Dropped("cancelled", 1);
                throw;
            }
            _counters.Add(reply);
            if (reply.Status == IngestStatus.Accepted) events.Accepted(request);
            return reply;
        }, plan.Copies, plan.During, stop);
        progress.Say(string.Format(CultureInfo.InvariantCulture, "baseline: bare {0:N0}/s, silo {1:N0}/s ({2:F2}×)", bare.PerSecond, silo.PerSecond, bare.PerSecond > 0 ? silo.PerSecond / bare.PerSecond : 0));
        return (bare, silo);
    }

    private async Task<StepResult> RunStepAsync(ScenarioStep step, OpenModelInjector injector, TrafficSender sender, ReaderPool readers, CancellationToken stop)
    {
        _stepName = step.Name;
        await readers.ResizeAsync(step.Readers, stop);
        progress.Say($"step '{step.Name}': {step.Shape} for {step.Curve.Duration.TotalSeconds:F0} s, {readers.Count} readers");
        var (sent0, ack0, err0) = (_counters.Sent, _counters.Acknowledged, _counters.ErrorCount);
        _latencies.Ingest.TakeStep();
        _latencies.Glass.TakeStep();
        _latencies.QueueGlass.TakeStep();
        var from = _clock.Elapsed.TotalSeconds;
        var clock = Stopwatch.StartNew();
        var arrivals = await injector.RunAsync(step, elapsed => Volatile.Write(ref _offered, step.Curve.RateAt(elapsed)), stop);
        var seconds = clock.Elapsed.TotalSeconds;
        Volatile.Write(ref _offered, 0);
        await sender.DrainAsync(StepDrain);
        var sent = _counters.Sent - sent0;
        var acked = _counters.Acknowledged - ack0;
        var result = new StepResult(step.Name, step.Shape, seconds, arrivals, sent, acked, _counters.ErrorCount - err0,
            seconds > 0 ? sent / seconds : 0, seconds > 0 ? acked / seconds : 0,
            _latencies.Ingest.TakeStep(), _latencies.Glass.TakeStep(), readers.Count, from, from + seconds,
            _latencies.QueueGlass.TakeStep(), seconds > 0 ? sent / seconds * ContactShare(step) : 0);
        _steps.Add(result);
        return result;
    }

    private async Task<KneeOutcome> KneeAsync(KneePlan plan, OpenModelInjector injector, TrafficSender sender, ReaderPool readers, CancellationToken stop)
    {
        double? held = null;
        (double Rate, string Reason)? broken = null;
        var mix = scenario.Steps.Count > 0 ? scenario.Steps[0].Mix : [(TrafficKind.Request, 1.0)];
        var readerTarget = new ReaderTarget(plan.Subscribers, 0, ["city"]);

        // Connecting a thousand readers and the first seconds of load (JIT, pools, grain activation) are not the knee:
        // a warm-up at the first rate is recorded as a step but not judged.
        await RunStepAsync(new ScenarioStep("knee warm-up", $"inject {plan.Start:F0}/s (not judged)",
            RateCurve.Constant(plan.Start, KneeWarmup), mix, readerTarget), injector, sender, readers, stop);
        foreach (var rate in plan.Rates())
        {
            if (stop.IsCancellationRequested) break;
            var step = new ScenarioStep(string.Format(CultureInfo.InvariantCulture, "knee {0:N0}/s", rate), $"inject {rate:F0}/s",
                RateCurve.Constant(rate, plan.Hold), mix, readerTarget);
            var result = await RunStepAsync(step, injector, sender, readers, stop);
            if (broken is null && KneeJudge.Broken(result, plan, readers.Probes.Count > 0) is { } reason)
            {
                progress.Say($"knee: {rate:N0}/s broke the budget ({reason})");
                broken = (rate, reason);
            }
            if (broken is null) held = rate;
            else if (rate >= plan.RunTo) break;
        }
        if (broken is { } b) return new KneeOutcome(held, b.Rate, b.Reason);
        return new KneeOutcome(held, null, stop.IsCancellationRequested ? "interrupted" : "the budget held up to the plan's max rate");
    }

    private static async Task WaitForGlassAsync(ReaderPool readers)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(GlassWait.TotalSeconds * Stopwatch.Frequency);
        while ((readers.Probes.Any(p => p.Pending > 0) || readers.QueueProbes.Any(p => p.Pending > 0)) && Stopwatch.GetTimestamp() < deadline) await Task.Delay(100);
    }

    private static double ContactShare(ScenarioStep step)
    {
        var total = step.Mix.Sum(m => m.Weight);
        return total > 0 ? step.Mix.Where(m => m.Kind == TrafficKind.Contact).Sum(m => m.Weight) / total : 0;
    }

    private async Task SampleTimelineAsync(Stopwatch clock, ProcessSampler sampler, ReaderPool readers, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        sampler.Sample();
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken)) Take();
        }
        catch (OperationCanceledException) { }
        Take();

        void Take()
        {
            var (sent, acked, errors) = _counters.TakeInterval();
            var sample = new TimelineSample(Math.Round(clock.Elapsed.TotalSeconds, 1), _stepName, Volatile.Read(ref _offered), sent, acked, errors,
                _latencies.Ingest.TakeInterval(), _latencies.Glass.TakeInterval(), readers.Count, sampler.Sample());
            lock (_timeline) _timeline.Add(sample);
            progress.Sample(sample, _counters);
        }
    }

    private RunCounts Counts() => new(
        _counters.Sent, _counters.Accepted, _counters.Updated, _counters.Duplicate, _counters.Rejected, _counters.Failed, _counters.NotAvailableCount,
        new Dictionary<string, long>(_counters.Errors), new Dictionary<string, long>(_counters.NotAvailable))
    {
        AcceptedRequests = _counters.AcceptedRequests,
    };
}
