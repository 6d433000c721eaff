using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Scenarios;
using Philly311.Ops.LoadTests.Targets;

namespace Philly311.Ops.LoadTests.Readers;

/// <summary>
/// The readers of a run, grown or shrunk to each step's count. Subscribers are real SignalR subscribers in their groups;
/// a wallboard is an HTTP GET of /wallboard with its display token plus a <c>city</c> subscription (a full Blazor circuit needs a browser).
/// Up to <see cref="ProbeCount"/> city subscribers, spread over the pool, are event-to-glass probes on the full .NET
/// client; the others speak the wire protocol themselves (<see cref="WireHubReader"/>) to keep the generator light.
/// When the run sends contacts, <see cref="QueueProbeCount"/> more full clients, each in every queue group of
/// <paramref name="queueKeys"/>, are queue-to-glass probes; they are opened with the first readers and kept to the end.
/// </summary>
internal sealed class ReaderPool(Uri? dashboard, DashboardAccess access, IngestClient http, LatencyRecorder glass, ReaderStats stats, int maxReaders,
    LatencyRecorder? queueGlass = null, IReadOnlyCollection<string>? queueKeys = null) : IAsyncDisposable
{
    public const int ProbeCount = 4;
    public const int QueueProbeCount = 2;
    private const int ConnectParallelism = 16;

    private readonly List<IReader> _subscribers = [];
    private readonly List<IReader> _wallboards = [];
    private readonly List<IReader> _queueReaders = [];
    private volatile GlassTracker[] _probes = [];
    private volatile QueueGlass[] _queueProbes = [];
    private int _opened;

    public ReaderStats Stats => stats;

    /// <summary>Null while readers work (or none were asked for); the reason otherwise, e.g. "no dashboard" or "hub 404".</summary>
    public string? Unavailable { get; private set; } = dashboard is null ? "no dashboard URL" : null;

    /// <summary>A copy-on-write array: senders enumerate it on every ack while readers are still connecting.</summary>
    public IReadOnlyList<GlassTracker> Probes => _probes;

    /// <summary>The queue-to-glass probes (copy-on-write, as <see cref="Probes"/>).</summary>
    public IReadOnlyList<QueueGlass> QueueProbes => _queueProbes;

    /// <summary>The scenario's readers; the queue probes are extra connections, counted in <see cref="ReaderStats"/> only.</summary>
    public int Count => _subscribers.Count + _wallboards.Count;

    public async Task ResizeAsync(ReaderTarget target, CancellationToken cancellationToken)
    {
        if (Unavailable is not null || dashboard is null) return;
        await ShrinkAsync(_subscribers, target.Subscribers);
        await ShrinkAsync(_wallboards, target.Wallboards);
        await GrowAsync(target, cancellationToken);
        if (target.Total > 0) await OpenQueueProbesAsync(cancellationToken);
    }

    private async Task OpenQueueProbesAsync(CancellationToken cancellationToken)
    {
        if (queueGlass is null || queueKeys is not { Count: > 0 } || _queueReaders.Count > 0 || Unavailable is not null) return;
        for (var i = 0; i < QueueProbeCount; i++)
        {
            var probe = new QueueGlass(queueGlass, queueKeys);
            try
            {
                _queueReaders.Add(await HubReader.ConnectQueueProbeAsync(dashboard!, access, probe, stats, cancellationToken));
                _queueProbes = [.. _queueProbes, probe];
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                stats.Error("queue probe connect: " + Describe(ex));
            }
        }
    }

    private static async Task ShrinkAsync(List<IReader> readers, int count)
    {
        while (readers.Count > count)
        {
            // Keep the probes: they are the first city subscribers and event-to-glass needs them to the end.
            var index = readers.FindLastIndex(r => !r.IsProbe);
            if (index < 0) break;
            var reader = readers[index];
            readers.RemoveAt(index);
            await reader.DisposeAsync();
        }
    }

    private async Task GrowAsync(ReaderTarget target, CancellationToken cancellationToken)
    {
        var stride = Math.Max(1, maxReaders / ProbeCount);
        var wanted = new List<(bool Wallboard, string Group, GlassTracker? Probe)>();
        for (var i = _subscribers.Count; i < target.Subscribers; i++)
        {
            var n = _opened++;
            var probe = n % stride == 0 && _probes.Length + wanted.Count(w => w.Probe is not null) < ProbeCount ? new GlassTracker(glass) : null;
            wanted.Add((false, probe is not null ? OpsGroups.City : target.Groups[n % target.Groups.Count], probe));
        }
        for (var i = _wallboards.Count; i < target.Wallboards; i++) wanted.Add((true, OpsGroups.City, null));

        using var gate = new SemaphoreSlim(ConnectParallelism);
        var connects = wanted.Select(async w =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                if (w.Wallboard) await OpenWallboardPageAsync(cancellationToken);
                IReader reader = w.Probe is not null
                    ? await HubReader.ConnectAsync(dashboard!, access, w.Group, w.Probe, stats, cancellationToken)
                    : await WireHubReader.ConnectAsync(dashboard!, access, w.Group, stats, cancellationToken);
                lock (_subscribers)
                {
                    (w.Wallboard ? _wallboards : _subscribers).Add(reader);
                    if (w.Probe is not null) _probes = [.. _probes, w.Probe];
                }
                return true;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                stats.Error("connect: " + Describe(ex));
                return false;
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        var results = await Task.WhenAll(connects);
        if (results.Length > 0 && !results.Any(ok => ok) && Count == 0)
            Unavailable = "no reader could connect to " + new Uri(dashboard!, OpsGroups.HubPath) + ": " + string.Join("; ", stats.Errors.Keys.Take(2));
    }

    private async Task OpenWallboardPageAsync(CancellationToken cancellationToken)
    {
        var status = await http.GetStatusAsync(new Uri(dashboard!, "/wallboard?token=" + Uri.EscapeDataString(access.DisplayToken)), cancellationToken);
        if (status is >= 200 and < 300) stats.WallboardPage();
        else stats.Error($"GET /wallboard {(status == 0 ? "unreachable" : status)}");
    }

    private static string Describe(Exception ex) => ex switch
    {
        HttpRequestException { StatusCode: { } code } => ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture),
        System.Net.WebSockets.WebSocketException w when w.Message.Contains("404", StringComparison.Ordinal) => "404 (no hub)",
        _ => FailureKind.Of(ex) is var kind && kind != ex.GetType().Name ? kind : ex.GetType().Name + ": " + ex.Message,
    };

    public async ValueTask DisposeAsync()
    {
        var all = _subscribers.Concat(_wallboards).Concat(_queueReaders).ToList();
        _subscribers.Clear();
        _wallboards.Clear();
        _queueReaders.Clear();
        using var gate = new SemaphoreSlim(32);
        await Task.WhenAll(all.Select(async r =>
        {
            await gate.WaitAsync();
            try { await r.DisposeAsync(); }
            finally { gate.Release(); }
        }));
    }
}
