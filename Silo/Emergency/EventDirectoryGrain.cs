using Orleans.Utilities;
using Philly311.Ops.Contracts.Events;
using Philly311.Ops.Contracts.Push;

namespace Philly311.Ops.Silo.Emergency;

/// <summary>
/// The city's list of events with each one's latest push progress, for the board's tile. Summaries are grain state; push
/// progress is live only (a push reports it at most once a second and when it completes), re-sent by the push after a crash.
/// </summary>
public sealed class EventDirectoryGrain(
    [PersistentState("event-directory")] IPersistentState<DirectoryState> state, TimeProvider clock, ILogger<EventDirectoryGrain> logger)
    : Grain, IEventDirectoryGrain
{
    private readonly ObserverManager<IEventObserver> _observers = new(IEventObserver.SubscriptionLifetime, logger);
    private readonly Dictionary<string, PushProgress> _progress = [];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(BeatAsync, new GrainTimerCreationOptions(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)));
        return Task.CompletedTask;
    }

    public Task<EventDirectoryFrame> GetAsync() => Task.FromResult(Frame());

    public async Task UpsertAsync(EventSummary summary)
    {
        state.State.Events[summary.Id] = summary with { LatestPush = null };
        await state.WriteStateAsync();
        Notify();
    }

    public Task ReportPushAsync(string eventId, PushProgress progress)
    {
        _progress[eventId] = progress;
        Notify();
        return Task.CompletedTask;
    }

    public Task SubscribeAsync(IEventObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IEventObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    // A frame a second while watched: the tile's heartbeat, so it can tell quiet from stale.
    private Task BeatAsync(CancellationToken cancellationToken)
    {
        if (_observers.Count > 0) Notify();
        return Task.CompletedTask;
    }

    private void Notify()
    {
        if (_observers.Count == 0) return;
        var frame = Frame();
        _observers.Notify(o => o.OnDirectoryChanged(frame));
    }

    private EventDirectoryFrame Frame() => new(clock.GetUtcNow(), state.State.Events.Values
        .Select(e => e with { LatestPush = _progress.GetValueOrDefault(e.Id) })
        .OrderBy(e => e.Status == EventStatus.Active ? 0 : 1)
        .ThenByDescending(e => e.Start)
        .ToArray());
}
