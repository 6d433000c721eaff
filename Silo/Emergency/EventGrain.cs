using Orleans.Utilities;
using Philly311.Ops.Contracts.Events;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Silo.Push;

namespace Philly311.Ops.Silo.Emergency;

/// <summary>
/// One emergency event. Every change is written to its grain state (Redis) before the call returns and before observers
/// hear of it, so the timeline a screen shows is the one that survives a crash.
/// </summary>
[Orleans.Placement.PreferLocalPlacement]
public sealed class EventGrain(
    [PersistentState("event")] IPersistentState<EventState> state, PushComposer composer, TimeProvider clock, ILogger<EventGrain> logger)
    : Grain, IEventGrain
{
    private readonly ObserverManager<IEventObserver> _observers = new(IEventObserver.SubscriptionLifetime, logger);

    private string Id => this.GetPrimaryKeyString();

    public async Task<EventSnapshot> DeclareAsync(EventDeclaration declaration, string who)
    {
        if (state.State.Status != EventStatus.None) return Snapshot();
        state.State.Status = EventStatus.Active;
        state.State.Declaration = declaration;
        Add(new TimelineEntry(clock.GetUtcNow(), who, "declared", Describe(declaration)));
        return await SaveAsync();
    }

    public async Task<EventSnapshot> UpdateAsync(EventDeclaration declaration, string who)
    {
        if (state.State.Status != EventStatus.Active) throw new InvalidOperationException($"Event {Id} is {state.State.Status}, not active.");
        state.State.Declaration = declaration with { Exercise = state.State.Declaration!.Exercise };
        Add(new TimelineEntry(clock.GetUtcNow(), who, "updated", Describe(state.State.Declaration)));
        return await SaveAsync();
    }

    public async Task<EventSnapshot> CloseAsync(string who)
    {
        if (state.State.Status != EventStatus.Active) return Snapshot();
        state.State.Status = EventStatus.Closed;
        state.State.ClosedAt = clock.GetUtcNow();
        Add(new TimelineEntry(clock.GetUtcNow(), who, "closed", "event closed"));
        return await SaveAsync();
    }

    public Task<EventSnapshot> GetAsync() => Task.FromResult(Snapshot());

    public async Task RecordAsync(TimelineEntry entry)
    {
        Add(entry);
        await SaveAsync();
    }

    public async Task AddPushAsync(string pushId, TimelineEntry entry)
    {
        if (!state.State.PushIds.Contains(pushId)) state.State.PushIds.Add(pushId);
        Add(entry);
        await SaveAsync();
    }

    public async Task<PushStarted> PushAsync(PushRequest request, string who)
    {
        if (state.State.Status != EventStatus.Active) return PushStarted.Refused("event_id", $"Event '{Id}' is not active; declare it first or push in an active event.");
        var plan = composer.Compose(Id, state.State.Declaration!.Exercise, request, who, clock.GetUtcNow(), out var refused);
        if (plan is null) return refused!;
        await AddPushAsync(plan.PushId, new TimelineEntry(clock.GetUtcNow(), who, plan.Exercise ? "EXERCISE push" : "push",
            $"{plan.Deliveries.Length} deliveries: {plan.Texts.Select(t => t.ItemId).Distinct().Count()} items × {plan.Languages.Length} languages × {plan.Channels.Length} channels ({string.Join(", ", plan.Channels)})",
            PushTexts.Versions(plan), plan.PushId));
        await GrainFactory.GetGrain<IPushGrain>(plan.PushId).StartAsync(plan);
        return new PushStarted(plan.PushId, plan.Deliveries.Length);
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

    private void Add(TimelineEntry entry)
    {
        state.State.Timeline.Add(entry);
        state.State.Version++;
    }

    private async Task<EventSnapshot> SaveAsync()
    {
        await state.WriteStateAsync();
        var snapshot = Snapshot();
        if (_observers.Count > 0) _observers.Notify(o => o.OnEventChanged(snapshot));
        var d = state.State.Declaration!;
        await GrainFactory.GetGrain<IEventDirectoryGrain>(IEventDirectoryGrain.Key)
            .UpsertAsync(new EventSummary(Id, d.Kind, d.Name, state.State.Status, d.Exercise, d.Start, d.PlannedEnd, null));
        return snapshot;
    }

    private EventSnapshot Snapshot() => new(Id, state.State.Status, state.State.Declaration, state.State.ClosedAt,
        [.. state.State.Timeline], [.. state.State.PushIds], state.State.Version, clock.GetUtcNow());

    private static string Describe(EventDeclaration d) =>
        $"{(d.Exercise ? "EXERCISE " : "")}{d.Kind} \"{d.Name}\", {(d.CityWide ? "city-wide" : string.Join(", ", d.Neighborhoods))}, " +
        $"from {Contracts.Time.CityTime.ToLocal(d.Start):yyyy-MM-dd HH:mm}" + (d.PlannedEnd is { } end ? $" to {Contracts.Time.CityTime.ToLocal(end):yyyy-MM-dd HH:mm}" : "") + " (city time)";
}
