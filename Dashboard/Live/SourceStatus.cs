namespace Philly311.Ops.Dashboard.Live;

/// <summary>
/// How a subscribed grain sounds to this process: when it last vouched for the frame held, and whether that frame is
/// known to be behind (or missing), so <see cref="SubscriptionUpkeepLoop"/> knows to fetch it.
/// </summary>
public readonly record struct SourceStatus(DateTimeOffset? HeardAt, bool NeedsFetch);
