using Philly311.Ops.Contracts.Push;

namespace Philly311.Ops.Contracts.Events;

/// <summary>The city's list of events (one grain, key <see cref="Key"/>), which the board's tile watches.</summary>
public interface IEventDirectoryGrain : IGrainWithStringKey
{
    const string Key = "city";

    Task<EventDirectoryFrame> GetAsync();

    Task UpsertAsync(EventSummary summary);

    Task ReportPushAsync(string eventId, PushProgress progress);

    Task SubscribeAsync(IEventObserver observer);

    Task UnsubscribeAsync(IEventObserver observer);
}
