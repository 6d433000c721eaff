namespace Philly311.Ops.Contracts.Board;

/// <summary>The city-wide board: reads the counters from Redis and pushes changed snapshots to observers.</summary>
public interface IBoardGrain : IGrainWithStringKey
{
    /// <summary>The grain key of the one board of the cluster.</summary>
    const string CityKey = "city";

    Task<BoardSnapshot> GetSnapshotAsync();

    Task SubscribeAsync(IBoardObserver observer);

    Task UnsubscribeAsync(IBoardObserver observer);
}
