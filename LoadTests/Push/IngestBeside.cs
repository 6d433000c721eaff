using System.Diagnostics;
using System.Globalization;
using Philly311.Ops.LoadTests.Injection;
using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Readers;
using Philly311.Ops.LoadTests.Runs;
using Philly311.Ops.LoadTests.Scenarios;
using Philly311.Ops.LoadTests.Targets;
using Philly311.Ops.LoadTests.Traffic;

namespace Philly311.Ops.LoadTests.Push;

/// <summary>
/// The surge machinery of the scenarios, run beside a push: the open-model injector over a scenario's mix, the
/// HdrHistogram ingest and event-to-glass recorders, the scenario's hub readers with their glass probes. A phase injects
/// at one rate in one-second slices until it is told to stop (so the push phase lasts exactly as long as the push), and
/// is measured as one step.
/// </summary>
internal sealed class IngestBeside : IAsyncDisposable
{
    private static readonly TimeSpan Slice = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(3);

    private readonly Scenario _scenario;
    private readonly IngestClient _client;
    private readonly RunCounters _counters = new();
    private readonly RunLatencies _latencies = new();
    private readonly ReaderPool _readers;
    private readonly TrafficSender _sender;
    private readonly OpenModelInjector _injector;
    private readonly ProcessSampler _sampler;

    public IngestBeside(Scenario scenario, Uri silo, string apiKey, Uri? dashboard, DashboardAccess access, IReadOnlyList<WatchedProcess> processes)
    {
        _scenario = scenario;
        _client = new IngestClient(silo, apiKey, connections: 64);
        var prefix = "lt" + DateTimeOffset.UtcNow.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..4] + "-";
        var events = new EventFactory(EventFactory.ShippedTemplates(), prefix, TimeProvider.System);
        _readers = new ReaderPool(dashboard, access, _client, _latencies.Glass, Stats, Readers.Total);
        _sender = new TrafficSender(_client, events, _counters, _latencies, () => _readers.Probes, scenario.Endpoints, scenario.BulkSize,
            maxInFlight: 20_000, scenario.ContactCenter);
        _injector = new OpenModelInjector(_sender);
        _sampler = new ProcessSampler(processes);
    }

    /// <summary>The scenario's own mix: its first step has none of its own, so it carries the file's top-level <c>mix</c>.</summary>
    public IReadOnlyList<(TrafficKind Kind, double Weight)> Mix => [.. _scenario.Steps[0].Mix.Where(m => m.Weight > 0)];

    /// <summary>The most readers any step of the scenario has connected.</summary>
    public ReaderTarget Readers => _scenario.Steps.MaxBy(s => s.Readers.Total)?.Readers ?? ReaderTarget.None;

    public ReaderStats Stats { get; } = new();

    public int ReaderCount => _readers.Count;

    public string? ReadersUnavailable => _readers.Unavailable;

    public IReadOnlyDictionary<TrafficKind, bool> Availability => _sender.Availability;

    /// <summary>Errors by kind since the start (warm-up included).</summary>
    public IReadOnlyDictionary<string, long> Errors => new Dictionary<string, long>(_counters.Errors, StringComparer.Ordinal);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _sender.ProbeOptionalAsync(Mix.Select(m => m.Kind).Distinct(), cancellationToken);
        await _readers.ResizeAsync(Readers, cancellationToken);
    }

    /// <summary>Injects <paramref name="rate"/>/s until <paramref name="until"/> is cancelled (or <paramref name="stop"/>), then drains and measures.</summary>
    public async Task<IngestPhase> RunAsync(string name, double rate, CancellationToken until, CancellationToken stop)
    {
        var (sent0, ack0, err0) = (_counters.Sent, _counters.Acknowledged, _counters.ErrorCount);
        _latencies.Ingest.TakeStep();
        _latencies.Glass.TakeStep();
        _latencies.Other.TakeStep();
        _sampler.Sample();
        var machine = MachineCpu.Read();
        var clock = Stopwatch.StartNew();
        var step = new ScenarioStep(name, string.Format(CultureInfo.InvariantCulture, "inject {0:F0}/s", rate), RateCurve.Constant(rate, Slice), Mix, Readers);
        long arrivals = 0;
        // The slices' own token is the run's: ending the phase between slices leaves no request cancelled half-way.
        while (!until.IsCancellationRequested && !stop.IsCancellationRequested) arrivals += await _injector.RunAsync(step, null, stop);
        var seconds = clock.Elapsed.TotalSeconds;
        await _sender.DrainAsync(Drain);
        var cpu = _sampler.Sample().ToDictionary(s => s.Name, s => s.CpuPercent, StringComparer.Ordinal);
        var sent = _counters.Sent - sent0;
        var acked = _counters.Acknowledged - ack0;
        var result = new StepResult(name, step.Shape, seconds, arrivals, sent, acked, _counters.ErrorCount - err0,
            seconds > 0 ? sent / seconds : 0, seconds > 0 ? acked / seconds : 0, _latencies.Ingest.TakeStep(), _latencies.Glass.TakeStep(), _readers.Count);
        return new IngestPhase(result, _latencies.Other.TakeStep(), cpu, MachineCpu.BusyPercent(machine, MachineCpu.Read()), LoadAverage());
    }

    private static double? LoadAverage()
    {
        try
        {
            return double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _readers.DisposeAsync();
        _client.Dispose();
    }
}
