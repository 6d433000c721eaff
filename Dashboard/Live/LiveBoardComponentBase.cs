using Microsoft.AspNetCore.Components;
using Philly311.Ops.Contracts.Board;

namespace Philly311.Ops.Dashboard.Live;

/// <summary>
/// A page that shows the live board: takes every update of the process's <see cref="LiveBoardFeed"/> and
/// re-renders through <see cref="ComponentBase.InvokeAsync(Action)"/>; browsers never poll.
/// </summary>
public abstract class LiveBoardComponentBase : ComponentBase, IDisposable
{
    private IDisposable? _subscription;

    [Inject]
    private LiveBoardFeed Feed { get; set; } = default!;

    protected BoardSnapshot? Snapshot { get; private set; }

    protected BoardFreshness Freshness { get; private set; } = BoardFreshness.Waiting;

    protected override void OnInitialized()
    {
        // Subscribe before reading, so a frame arriving in between is not missed.
        _subscription = Feed.Subscribe(OnFeedChangedAsync);
        Snapshot = Feed.Current;
        Freshness = Feed.Freshness;
    }

    private Task OnFeedChangedAsync(BoardSnapshot? snapshot, BoardFreshness freshness) => InvokeAsync(() =>
    {
        Snapshot = snapshot;
        Freshness = freshness;
        StateHasChanged();
    });

    public void Dispose()
    {
        _subscription?.Dispose();
        GC.SuppressFinalize(this);
    }
}
