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
/// </summary>
internal sealed class HubReader : IReader
{
    private readonly HubConnection _connection;
    private readonly string _group;
    private readonly GlassTracker? _probe;
    private readonly ReaderStats _stats;

    private HubReader(Uri dashboard, DashboardAccess access, string group, GlassTracker? probe, ReaderStats stats)
    {
        _group = group;
        _probe = probe;
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
        _connection.Reconnecting += _ =>
        {
            _stats.Reconnecting();
            return Task.CompletedTask;
        };
        // A wallboard recovers by itself: so does a reader, and it joins its group again.
        _connection.Reconnected += _ => JoinAsync(CancellationToken.None);
    }

    public bool IsProbe => _probe is not null;

    public static async Task<HubReader> ConnectAsync(Uri dashboard, DashboardAccess access, string group, GlassTracker? probe, ReaderStats stats, CancellationToken cancellationToken)
    {
        var reader = new HubReader(dashboard, access, group, probe, stats);
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
        // Join answers the group's current frame: it counts as the first frame this reader saw.
        var current = await _connection.InvokeAsync<JsonElement>(OpsHubMethods.Join, _group, cancellationToken);
        if (current.ValueKind == JsonValueKind.Object &&
            current.TryGetProperty("sequence", out var s) && s.TryGetInt64(out var sequence))
        {
            _probe?.OnFrame(sequence, Stopwatch.GetTimestamp());
        }
    }

    private void OnFrame(FrameMark frame)
    {
        var at = Stopwatch.GetTimestamp();
        _stats.Frame();
        _probe?.OnFrame(frame.Sequence, at);
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
