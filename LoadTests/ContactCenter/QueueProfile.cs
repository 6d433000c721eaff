namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>
/// One queue: expected arrivals in each hour of the city day (00–23), the language mix, a lognormal handle time and
/// the mean of an exponential patience (<see cref="TimeSpan.Zero"/>: never abandons, as an email), and the shares of its
/// answered contacts transferred to other queues of its channel.
/// </summary>
internal sealed record QueueProfile(
    string Name, string Channel, IReadOnlyList<double> HourlyRates, WeightedChoice Languages, LogNormal Handle, TimeSpan Patience,
    TransferShares Transfers);
