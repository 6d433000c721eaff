using Microsoft.AspNetCore.Components;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Push;

/// <summary>
/// The board's and the wallboard's emergency tile. Never silently stale (invariant 4): the event directory sends a frame each
/// second while watched, so a directory silent for <see cref="LiveBoardFeed.StaleAfter"/> turns the tile Stale — in words,
/// with the time of the last frame, and its numbers dimmed. A one-second check re-renders it only when the state changes,
/// because a dead feed brings no frame that could.
/// </summary>
public sealed partial class ActiveEventTile : IDisposable
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(1);

    private IDisposable? _listening;
    private ITimer? _check;
    private DateTimeOffset? _heardAt;
    private BoardFreshness _freshness = BoardFreshness.Waiting;

    /// <summary>False on a wallboard: a TV has nothing to click.</summary>
    [Parameter]
    public bool Links { get; set; } = true;

    protected override void OnInitialized()
    {
        _listening = Feed.Listen(key =>
        {
            if (key != "directory") return;
            _heardAt = Clock.GetUtcNow();
            _ = InvokeAsync(() =>
            {
                _freshness = Compute();
                StateHasChanged();
            });
        });
        // A frame already held was heard when it was sent: its own time is the best this tile knows.
        _heardAt ??= Feed.Directory?.AsOf;
        _freshness = Compute();
        _check = Clock.CreateTimer(_ => _ = InvokeAsync(Recheck), null, CheckEvery, CheckEvery);
    }

    private void Recheck()
    {
        var next = Compute();
        if (next.State == _freshness.State) return;
        _freshness = next;
        StateHasChanged();
    }

    private BoardFreshness Compute()
    {
        if (Feed.Directory is not { } directory) return BoardFreshness.Waiting;
        var live = _heardAt is { } heard && Clock.GetUtcNow() - heard < LiveBoardFeed.StaleAfter;
        return new BoardFreshness(live ? FeedState.Live : FeedState.Stale, directory.AsOf, _heardAt);
    }

    /// <summary>Whole percent, so the bar's attribute strings stay few and short.</summary>
    private static int Percent(double fraction) => (int)Math.Round(Math.Clamp(fraction, 0, 1) * 100);

    public void Dispose()
    {
        _listening?.Dispose();
        _check?.Dispose();
    }
}
