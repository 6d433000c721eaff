using MudBlazor;
using Philly311.Ops.Dashboard.Time;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Board;

/// <summary>The one mapping from feed state to color and words, so every tile and page says the same thing.</summary>
public static class FreshnessStyle
{
    public static Color ColorOf(FeedState state) => state switch
    {
        FeedState.Live => Color.Success,
        FeedState.Stale => Color.Warning,
        FeedState.Disconnected => Color.Error,
        _ => Color.Info,
    };

    public static string LabelOf(FeedState state) => state switch
    {
        FeedState.Live => "Live",
        FeedState.Stale => "Stale",
        FeedState.Disconnected => "Disconnected",
        _ => "Waiting",
    };

    /// <summary>The badge text: what state, and since when the numbers have not moved if they are not live.</summary>
    public static string Describe(BoardFreshness freshness) => freshness.State switch
    {
        FeedState.Live => "Live",
        FeedState.Stale => $"Stale — no frame since {Since(freshness)}",
        FeedState.Disconnected => $"Disconnected — reconnecting (last frame {Since(freshness)})",
        _ => "Waiting for the first frame",
    };

    private static string Since(BoardFreshness freshness) =>
        freshness.LastFrameAt is { } at ? CityClock.TimeOfDay(at) : "never";
}
