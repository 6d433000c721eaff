using System.Globalization;
using Microsoft.AspNetCore.Components;
using Philly311.Ops.Contracts.Breaches;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Breaches;

/// <summary>
/// Self-contained: takes its frames from this process's <see cref="BreachFeed"/> (pushed, never polled) and re-renders
/// once a second on its own, so "overdue by" keeps counting between frames. The sort survives new frames.
/// </summary>
public sealed partial class BreachBoard : ComponentBase, IDisposable
{
    private static readonly TimeSpan TickEvery = TimeSpan.FromSeconds(1);

    private IDisposable? _subscription;
    private ITimer? _ticker;
    private BreachFrame? _frame;
    private BoardFreshness _freshness = BoardFreshness.Waiting;
    private DateTimeOffset _now;
    private BreachSort _sort = BreachSort.Count;
    private bool _descending = true;

    [Inject]
    private BreachFeed Feed { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private IEnumerable<BreachCount> Departments
    {
        get
        {
            var rows = _frame?.Departments ?? [];
            return (_sort, _descending) switch
            {
                (BreachSort.Name, false) => rows.OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase),
                (BreachSort.Name, true) => rows.OrderByDescending(r => r.Name, StringComparer.CurrentCultureIgnoreCase),
                (_, true) => rows.OrderByDescending(r => r.Count).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase),
                _ => rows.OrderBy(r => r.Count).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase),
            };
        }
    }

    protected override void OnInitialized()
    {
        // Subscribe before reading, so a frame arriving in between is not missed.
        _subscription = Feed.Subscribe(OnFeedChangedAsync);
        Read();
        _ticker = Clock.CreateTimer(_ => _ = InvokeAsync(Tick), null, TickEvery, TickEvery);
    }

    private Task OnFeedChangedAsync() => InvokeAsync(() =>
    {
        Read();
        StateHasChanged();
    });

    private void Tick()
    {
        _now = Clock.GetUtcNow();
        _freshness = Feed.Freshness;
        StateHasChanged();
    }

    private void Read()
    {
        _frame = Feed.Current;
        _freshness = Feed.Freshness;
        _now = Clock.GetUtcNow();
    }

    private void SortBy(BreachSort sort)
    {
        // Same column flips the direction; a new one starts where it is most useful: names A→Z, counts largest first.
        _descending = sort == _sort ? !_descending : sort == BreachSort.Count;
        _sort = sort;
    }

    private string AriaSort(BreachSort sort) => sort != _sort ? "none" : _descending ? "descending" : "ascending";

    private string Arrow(BreachSort sort) => sort != _sort ? "" : _descending ? " ▼" : " ▲";

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _ticker?.Dispose();
        _subscription?.Dispose();
    }
}
