using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Hub;

namespace Philly311.Ops.Faults.Tests;

/// <summary>
/// A hub client in group <c>city</c> that knows every dashboard's address, the way a wallboard behind a load balancer
/// (or with a list of its own) does: when its connection closes it connects to the next dashboard at once and joins
/// again. It keeps when each city frame and heartbeat arrived, on the test's clock.
/// </summary>
public sealed class HubWatcher : IAsyncDisposable
{
    private readonly string[] _urls;
    private readonly Stopwatch _clock;
    private readonly ConcurrentQueue<TimeSpan> _arrivals = new();
    private readonly ConcurrentQueue<(TimeSpan At, string Url)> _connections = new();
    private readonly CancellationTokenSource _disposed = new();
    private HubConnection? _hub;
    private int _current;
    private CityFrame? _last;

    private HubWatcher(IEnumerable<string> urls, Stopwatch clock)
    {
        _urls = [.. urls];
        _clock = clock;
    }

    /// <summary>Connected to the first address first; the others in order when it goes.</summary>
    public static async Task<HubWatcher> ConnectAsync(IEnumerable<string> dashboardUrls, Stopwatch clock)
    {
        var watcher = new HubWatcher(dashboardUrls, clock);
        await watcher.ConnectToAsync(0, CancellationToken.None);
        return watcher;
    }

    /// <summary>Arrival times of city frames and heartbeats.</summary>
    public IReadOnlyCollection<TimeSpan> Arrivals => _arrivals;

    /// <summary>When each connection was made (the first one included), and to which dashboard.</summary>
    public IReadOnlyCollection<(TimeSpan At, string Url)> Connections => _connections;

    public string CurrentUrl => _urls[_current];

    public CityFrame? LastCity => Volatile.Read(ref _last);

    /// <summary>The first frame or heartbeat after <paramref name="moment"/>, if any came yet.</summary>
    public TimeSpan? FirstArrivalAfter(TimeSpan moment) => _arrivals.Where(t => t > moment).Cast<TimeSpan?>().Min();

    /// <summary>The last frame or heartbeat before <paramref name="moment"/>, if any.</summary>
    public TimeSpan? LastArrivalBefore(TimeSpan moment) => _arrivals.Where(t => t <= moment).Cast<TimeSpan?>().Max();

    private async Task ConnectToAsync(int index, CancellationToken cancellation)
    {
        var hub = new HubConnectionBuilder().WithUrl(_urls[index] + OpsGroups.HubPath, o => o.AccessTokenProvider = () => Task.FromResult<string?>(FaultCluster.HubKey)).Build();
        hub.On<CityFrame>(nameof(IOpsClient.CityChanged), frame =>
        {
            _arrivals.Enqueue(_clock.Elapsed);
            Volatile.Write(ref _last, frame);
        });
        hub.On<BoardHeartbeat>(nameof(IOpsClient.Heartbeat), _ => _arrivals.Enqueue(_clock.Elapsed));
        hub.Closed += _ => FailOverAsync();
        await hub.StartAsync(cancellation);
        var joined = await hub.InvokeAsync<CityFrame?>(OpsHubMethods.Join, OpsGroups.City, cancellation);
        if (joined is not null) Volatile.Write(ref _last, joined);
        _current = index;
        _hub = hub;
        _connections.Enqueue((_clock.Elapsed, _urls[index]));
    }

    /// <summary>The next dashboard, then the one after, round and round, until one takes the connection.</summary>
    private async Task FailOverAsync()
    {
        for (var attempt = 1; !_disposed.IsCancellationRequested; attempt++)
        {
            var index = (_current + attempt) % _urls.Length;
            try
            {
                await ConnectToAsync(index, _disposed.Token);
                return;
            }
            catch (Exception) when (!_disposed.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync();
        if (_hub is not null) await _hub.DisposeAsync();
        _disposed.Dispose();
    }
}
