using Philly311.Ops.Contracts.Push;

namespace Philly311.Ops.Contracts.Events;

/// <summary>
/// One emergency event, keyed by its id. Its declaration and timeline are Orleans grain state in Redis, written before
/// any call returns, so they survive a silo's kill -9. Pushes record themselves here (<see cref="RecordAsync"/>).
/// </summary>
public interface IEventGrain : IGrainWithStringKey
{
    Task<EventSnapshot> DeclareAsync(EventDeclaration declaration, string who);

    Task<EventSnapshot> UpdateAsync(EventDeclaration declaration, string who);

    Task<EventSnapshot> CloseAsync(string who);

    Task<EventSnapshot> GetAsync();

    Task RecordAsync(TimelineEntry entry);

    /// <summary>Plans and starts a push of FAQ texts in this event (refused, naming the field, when the event is not active or a text is missing).</summary>
    Task<PushStarted> PushAsync(PushRequest request, string who);

    Task AddPushAsync(string pushId, TimelineEntry entry);

    Task SubscribeAsync(IEventObserver observer);

    Task UnsubscribeAsync(IEventObserver observer);
}
