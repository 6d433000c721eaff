namespace Philly311.Ops.Dashboard.Live;

/// <summary>How much a screen may trust the numbers it shows; each state has its own color.</summary>
public enum FeedState
{
    /// <summary>No snapshot yet: show "waiting", never zeros.</summary>
    Waiting,

    /// <summary>A frame or heartbeat arrived less than <see cref="LiveBoardFeed.StaleAfter"/> ago (green).</summary>
    Live,

    /// <summary>The cluster answers but no frame came for <see cref="LiveBoardFeed.StaleAfter"/> (amber).</summary>
    Stale,

    /// <summary>No frame for <see cref="LiveBoardFeed.StaleAfter"/> and the cluster cannot be reached (red).</summary>
    Disconnected,
}
