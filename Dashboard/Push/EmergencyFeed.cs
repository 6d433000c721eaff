using System.Collections.Concurrent;
using Philly311.Ops.Contracts.Events;
using Philly311.Ops.Contracts.Push;

namespace Philly311.Ops.Dashboard.Push;

/// <summary>
/// This process's one observer of the event directory, the events and the pushes its screens show. Grains push frames
/// here (no polling); screens subscribe with <see cref="Listen"/> and re-render through <c>InvokeAsync</c>.
/// </summary>
public sealed class EmergencyFeed : IEventObserver, IPushObserver
{
    private readonly ConcurrentDictionary<string, PushFrame> _pushes = new();
    private readonly ConcurrentDictionary<string, EventSnapshot> _events = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _watchedPushes = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _watchedEvents = new();
    private event Action<string>? Changed;

    public EventDirectoryFrame? Directory { get; private set; }

    /// <summary>When this process last heard from any emergency grain (a frame or a heartbeat).</summary>
    public DateTimeOffset? LastHeard { get; private set; }

    public IEnumerable<string> WatchedPushes => _watchedPushes.Keys;

    public IEnumerable<string> WatchedEvents => _watchedEvents.Keys;

    public PushFrame? Push(string id) => _pushes.GetValueOrDefault(id);

    public EventSnapshot? Event(string id) => _events.GetValueOrDefault(id);

    public void WatchPush(string id) => _watchedPushes[id] = DateTimeOffset.UtcNow;

    public void WatchEvent(string id) => _watchedEvents[id] = DateTimeOffset.UtcNow;

    /// <summary>Calls <paramref name="onChange"/> with the key that changed ("directory", an event id or a push id) until disposed.</summary>
    public IDisposable Listen(Action<string> onChange)
    {
        Changed += onChange;
        return new Subscription(() => Changed -= onChange);
    }

    public void OnEventChanged(EventSnapshot snapshot)
    {
        _events[snapshot.Id] = snapshot;
        Heard(snapshot.AsOf, snapshot.Id);
    }

    public void OnDirectoryChanged(EventDirectoryFrame frame)
    {
        Directory = frame;
        Heard(frame.AsOf, "directory");
    }

    public void OnPushChanged(PushFrame frame)
    {
        if (_pushes.TryGetValue(frame.PushId, out var held) && held.Sequence > frame.Sequence && held.AsOf > frame.AsOf) return;
        _pushes[frame.PushId] = frame;
        Heard(frame.AsOf, frame.PushId);
    }

    public void OnPushHeartbeat(string pushId, DateTimeOffset asOf)
    {
        if (_pushes.TryGetValue(pushId, out var held)) _pushes[pushId] = held with { AsOf = asOf };
        Heard(asOf, pushId);
    }

    private void Heard(DateTimeOffset asOf, string key)
    {
        LastHeard = DateTimeOffset.UtcNow;
        try
        {
            Changed?.Invoke(key);
        }
        catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException)
        {
            // A closing circuit: it will unsubscribe itself.
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
