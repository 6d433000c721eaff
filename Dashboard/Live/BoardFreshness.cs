namespace Philly311.Ops.Dashboard.Live;

/// <summary>
/// What a screen needs to say how current its numbers are. <see cref="AsOf"/> is the silo's time up to which
/// the shown snapshot is known to be current (a heartbeat with the same sequence moves it forward);
/// <see cref="LastFrameAt"/> is this process's clock when the last frame or heartbeat arrived.
/// </summary>
public sealed record BoardFreshness(FeedState State, DateTimeOffset? AsOf, DateTimeOffset? LastFrameAt)
{
    public static BoardFreshness Waiting { get; } = new(FeedState.Waiting, null, null);
}
