using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.LoadTests.Readers;

namespace Philly311.Ops.LoadTests.Push;

/// <summary>
/// A real SignalR subscriber of <c>/hubs/ops</c> in group <c>push:{id}</c>, as the push screen is: connected before the push
/// starts (so joining costs one call), it stamps every frame with this process's clock when it arrives. The Join answer, the
/// group's current frame (or null: frames follow), counts as the first frame.
/// </summary>
internal sealed class MatrixSubscriber : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ConcurrentQueue<MatrixMark> _frames = new();

    private MatrixSubscriber(Uri dashboard, DashboardAccess access)
    {
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(dashboard, OpsGroups.HubPath), HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(access.HubKey);
            })
            .Build();
        _connection.On<JsonElement>(nameof(IOpsClient.PushChanged), OnFrame);
    }

    public IReadOnlyList<MatrixMark> Frames => [.. _frames];

    public MatrixMark? Latest => _frames.LastOrDefault();

    public static async Task<MatrixSubscriber> ConnectAsync(Uri dashboard, DashboardAccess access, CancellationToken cancellationToken)
    {
        var subscriber = new MatrixSubscriber(dashboard, access);
        await subscriber._connection.StartAsync(cancellationToken);
        return subscriber;
    }

    public async Task JoinAsync(string pushId, CancellationToken cancellationToken)
    {
        var current = await _connection.InvokeAsync<JsonElement>(OpsHubMethods.Join, OpsGroups.Push(pushId), cancellationToken);
        OnFrame(current);
    }

    private void OnFrame(JsonElement frame)
    {
        var at = Stopwatch.GetTimestamp();
        if (MatrixFrameJson.Read(frame, at) is { } mark) _frames.Enqueue(mark);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _connection.StopAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException) { }
        await _connection.DisposeAsync();
    }
}
