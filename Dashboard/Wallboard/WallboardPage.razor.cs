using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.Dashboard.Time;

namespace Philly311.Ops.Dashboard.Wallboard;

/// <summary>
/// The TV on the call-center floor: a configured layout of views that cycle, big numbers, a city clock, nothing to
/// click, and the same live/stale rules as the board — plus its own quicker stale rule (<see cref="SilentAfter"/>),
/// so a silent feed is called STALE within 5 s of the last heartbeat it missed.
/// </summary>
public sealed partial class WallboardPage : LiveBoardComponentBase, IDisposable
{
    public const int TopCount = 5;

    /// <summary>Every part beats once a second; two missed beats and a margin is a lost feed, said on screen within 5 s of the loss.</summary>
    public static readonly TimeSpan SilentAfter = TimeSpan.FromSeconds(3);

    private ITimer? _tick;
    private DateTimeOffset _now;
    private WallboardLayoutOptions? _layout;
    private string? _view;
    private int _index;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private IOptions<WallboardOptions> Options { get; set; } = default!;

    [Parameter]
    public string? Layout { get; set; }

    private string LayoutName => string.IsNullOrEmpty(Layout) ? WallboardOptions.DefaultLayout : Layout.ToLowerInvariant();

    private bool IsStale => Snapshot is not null
        && (Freshness.State is FeedState.Stale or FeedState.Disconnected
            || Freshness.LastFrameAt is not { } heard || _now - heard >= SilentAfter);

    private string LastUpdate => Freshness.LastFrameAt is { } at ? CityClock.TimeOfDay(at) : "never";

    private string StaleText => $"STALE — last update {LastUpdate}";

    private string RootClass => $"wallboard wallboard--{(IsStale ? "stale" : Freshness.State.ToString().ToLowerInvariant())}";

    private string ViewTitle => _view switch
    {
        WallboardView.Map => "open requests by neighborhood",
        WallboardView.Chart => "requests per 15 minutes",
        WallboardView.Departments => "departments",
        WallboardView.Neighborhoods => "neighborhoods",
        WallboardView.RequestTypes => "request types",
        WallboardView.Queues => "queues",
        WallboardView.Breaches => "breaches",
        _ => "city today",
    };

    protected override void OnInitialized()
    {
        base.OnInitialized();
        _now = Clock.GetUtcNow();
        // The clock, the view cycle and the stale rule all move with time alone, so the page ticks every second.
        _tick = Clock.CreateTimer(_ => _ = InvokeAsync(Tick), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    protected override void OnParametersSet()
    {
        _layout = Options.Value.Layouts.GetValueOrDefault(LayoutName);
        Cycle();
    }

    private void Tick()
    {
        _now = Clock.GetUtcNow();
        Cycle();
        StateHasChanged();
    }

    private void Cycle()
    {
        if (_layout is null) return;
        _index = WallboardCycle.IndexAt(_now, _layout);
        _view = _layout.Views[_index];
    }

    // Re-implemented so the clock stops with the page; the base drops the feed's subscription.
    public new void Dispose()
    {
        _tick?.Dispose();
        base.Dispose();
    }

    internal static string Format(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
