using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Targets;

namespace Philly311.Ops.LoadTests.Readers;

/// <summary>
/// One real SignalR subscriber of <c>/hubs/ops</c> in one group. Frames are read as <see cref="FrameMark"/> only
/// (as-of and sequence), so a thousand readers cost the generator little; a probe reader also feeds event-to-glass.
/// A queue probe is in every queue group of the run instead and feeds queue-to-glass (<see cref="QueueGlass"/>).
/// </summary>
internal sealed class HubReader : IReader
{
    private readonly HubConnection _connection;
    private readonly IReadOnlyList<string> _groups;
    private readonly GlassTracker? _probe;
    private readonly QueueGlass? _queues;
    private readonly ReaderStats _stats;

    private HubReader(Uri dashboard, DashboardAccess access, IReadOnlyList<string> groups, GlassTracker? probe, QueueGlass? queues, ReaderStats stats)
    {
        _groups = groups;
        _probe = probe;
        _queues = queues;
        _stats = stats;
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(dashboard, OpsGroups.HubPath), HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(access.HubKey);
            })
            .AddJsonProtocol(o =>
            {
                // Frames through the source-generated contract; anything else SignalR needs falls back to reflection.
                o.PayloadSerializerOptions.TypeInfoResolverChain.Insert(0, WireJson.Default);
                o.PayloadSerializerOptions.TypeInfoResolverChain.Add(new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver());
            })
            .WithAutomaticReconnect()
            .Build();
        _connection.On<FrameMark>(nameof(IOpsClient.CityChanged), OnFrame);
        _connection.On<FrameMark>(nameof(IOpsClient.CounterChanged), OnFrame);
        _connection.On<FrameMark>(nameof(IOpsClient.Heartbeat), OnFrame);
        _connection.On<QueueMark>(nameof(IOpsClient.QueueChanged), OnQueueFrame);
        _connection.Reconnecting += _ =>
        {
            _stats.Reconnecting();
            return Task.CompletedTask;
        };
        // A wallboard recovers by itself: so does a reader, and it joins its group again.
        _connection.Reconnected += _ => JoinAsync(CancellationToken.None);
    }

    public bool IsProbe => _probe is not null || _queues is not null;

    public static Task<HubReader> ConnectAsync(Uri dashboard, DashboardAccess access, string group, GlassTracker? probe, ReaderStats stats, CancellationToken cancellationToken) =>
        ConnectAsync(new HubReader(dashboard, access, [group], probe, null, stats), stats, cancellationToken);

    /// <summary>A queue-to-glass probe: one connection in every queue group <paramref name="queues"/> watches.</summary>
    public static Task<HubReader> ConnectQueueProbeAsync(Uri dashboard, DashboardAccess access, QueueGlass queues, ReaderStats stats, CancellationToken cancellationToken) =>
        ConnectAsync(new HubReader(dashboard, access, [.. queues.Keys], null, queues, stats), stats, cancellationToken);

    private static async Task<HubReader> ConnectAsync(HubReader reader, ReaderStats stats, CancellationToken cancellationToken)
    {
        try
        {
            await reader._connection.StartAsync(cancellationToken);
            await reader.JoinAsync(cancellationToken);
            stats.Opened();
            return reader;
        }
        catch
        {
            await reader._connection.DisposeAsync();
            throw;
        }
    }

    private async Task JoinAsync(CancellationToken cancellationToken)
    {
        foreach (var group in _groups)
        {
            // Join answers the group's current frame: it counts as the first frame this reader saw.
            var current = await _connection.InvokeAsync<JsonElement>(OpsHubMethods.Join, group, cancellationToken);
            if (current.ValueKind == JsonValueKind.Object &&
                current.TryGetProperty("sequence", out var s) && s.TryGetInt64(out var sequence))
            {
                var at = Stopwatch.GetTimestamp();
                _probe?.OnFrame(sequence, at);
                _queues?.OnFrame(group, sequence, at);
            }
        }
    }

    private void OnFrame(FrameMark frame)
    {
        var at = Stopwatch.GetTimestamp();
        _stats.Frame();
        _probe?.OnFrame(frame.Sequence, at);
    }

    private void OnQueueFrame(QueueMark frame)
    {
        var at = Stopwatch.GetTimestamp();
        _stats.Frame();
        _queues?.OnFrame(frame.Key, frame.Sequence, at);
    }

    public async ValueTask DisposeAsync()
    {
        _stats.Closed();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _connection.StopAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException) { }
        await _connection.DisposeAsync();
    }
}
