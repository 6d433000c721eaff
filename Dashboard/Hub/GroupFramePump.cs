using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Philly311.Ops.Contracts.Hub;

namespace Philly311.Ops.Dashboard.Hub;

/// <summary>
/// What the queue and push publishers share: the groups this process has connections in, and one pump that, woken by
/// the feed ("something changed"), compares each joined group with what it was last sent and sends frames and
/// <see cref="GroupBeat"/>s. SignalR serializes a group send once; the feed's thread never waits for a send.
/// </summary>
public abstract class GroupFramePump<TFrame>(IHubContext<OpsHub, IOpsClient> hub, TimeProvider clock, ILogger logger) : IHostedService, IDisposable
    where TFrame : class
{
    protected static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Each grain beats about once a second while quiet; this keeps a group to about one heartbeat a second.</summary>
    protected static readonly TimeSpan MinBeatSpacing = TimeSpan.FromMilliseconds(500);

    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private IDisposable? _subscription;
    private Task _pump = Task.CompletedTask;

    protected Lock Gate { get; } = new();

    /// <summary>Touched only under <see cref="Gate"/>.</summary>
    protected Dictionary<string, PublishedGroup<TFrame>> Groups { get; } = new(StringComparer.Ordinal);

    protected TimeProvider Clock => clock;

    /// <summary>Subscribes <paramref name="wake"/> to the feed until disposed.</summary>
    protected abstract IDisposable Subscribe(Action wake);

    /// <summary>Under <see cref="Gate"/>: adds to <paramref name="frames"/> or <paramref name="beats"/> what the group should be sent now.</summary>
    protected abstract void Compare(string group, PublishedGroup<TFrame> held, DateTimeOffset now, List<(string Group, TFrame Frame)> frames, List<GroupBeat> beats);

    protected abstract Task SendAsync(IOpsClient group, TFrame frame);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = Subscribe(() => _changed.Writer.TryWrite(true));
        _pump = Task.Run(PumpAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        await _pump.WaitAsync(cancellationToken);
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _changed.Writer.TryComplete();
        GC.SuppressFinalize(this);
    }

    private async Task PumpAsync()
    {
        var frames = new List<(string Group, TFrame Frame)>();
        var beats = new List<GroupBeat>();
        while (await _changed.Reader.WaitToReadAsync())
        {
            _changed.Reader.TryRead(out _);
            frames.Clear();
            beats.Clear();
            lock (Gate)
            {
                var now = clock.GetUtcNow();
                foreach (var (group, held) in Groups) Compare(group, held, now, frames, beats);
            }
            try
            {
                // Each group appears at most once, so sending concurrently keeps every group's order.
                await Task.WhenAll(
                    frames.Select(f => SendAsync(hub.Clients.Group(f.Group), f.Frame))
                        .Concat(beats.Select(b => hub.Clients.Group(b.Group).GroupHeartbeat(b))));
            }
            catch (Exception ex)
            {
                GroupFrameLog.SendFailed(logger, typeof(TFrame).Name, ex);
            }
        }
    }
}
