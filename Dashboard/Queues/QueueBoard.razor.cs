using Microsoft.AspNetCore.Components;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.Dashboard.Time;

namespace Philly311.Ops.Dashboard.Queues;

/// <summary>
/// Self-contained: reads the process's <see cref="QueueFeed"/>, re-renders on every pushed frame and once a second so the
/// oldest wait ticks and "Stale" shows with no new frame. Breaches are marked with an icon and words, never color alone.
/// </summary>
public sealed partial class QueueBoard : ComponentBase, IDisposable
{
    private IDisposable? _subscription;
    private ITimer? _tick;
    private IReadOnlyList<QueueFrame> _queues = [];

    [Inject]
    private QueueFeed Feed { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    private DateTimeOffset Now => Clock.GetUtcNow();

    private FeedState State => Feed.StateOf(QueueKeys.City);

    private string StateText => State switch
    {
        FeedState.Live => $"Live · {CityClock.AsOf(Feed.Frame(QueueKeys.City)?.AsOf)}",
        FeedState.Waiting => "Waiting",
        _ => $"STALE — last update {(Feed.HeardAt(QueueKeys.City) is { } at ? CityClock.TimeOfDay(at) : "—")}",
    };

    protected override void OnInitialized()
    {
        _queues = Feed.Queues();
        _subscription = Feed.Subscribe(Refresh);
        _tick = Clock.CreateTimer(_ => Refresh(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    private void Refresh() => _ = InvokeAsync(() =>
    {
        _queues = Feed.Queues();
        StateHasChanged();
    });

    public void Dispose()
    {
        _subscription?.Dispose();
        _tick?.Dispose();
    }
}
