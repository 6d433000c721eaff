using System.Globalization;
using Microsoft.AspNetCore.Components;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Board;

/// <summary>
/// Fetches the same weekday last week for <see cref="Figure"/> when the day shown changes (a past day barely changes, so
/// once is enough; a failed read is tried again after <see cref="RetryAfter"/>), and draws both on one chart.
/// </summary>
public sealed partial class DayShapeChart : IDisposable
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _disposed = new();
    private string? _fetchedFor;
    private DateTimeOffset _failedAt;
    private long[]? _lastWeek;
    private string _lastWeekDay = "";
    private ComparisonState _state = ComparisonState.Loading;

    [Inject]
    private IDayShapes DayShapes { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    /// <summary>The figure key (<c>city</c>, <c>dept:streets</c>, <c>service:…</c>).</summary>
    [Parameter, EditorRequired]
    public string Figure { get; set; } = "city";

    [Parameter, EditorRequired]
    public IReadOnlyList<long> QuarterHours { get; set; } = [];

    /// <summary>Today's city date as the frame names it (ISO).</summary>
    [Parameter, EditorRequired]
    public string Today { get; set; } = "";

    [Parameter, EditorRequired]
    public BoardFreshness Freshness { get; set; } = BoardFreshness.Waiting;

    [Parameter]
    public string? Title { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var wanted = Figure + "|" + Today;
        var retry = _state == ComparisonState.Unavailable && Clock.GetUtcNow() - _failedAt >= RetryAfter;
        if (wanted == _fetchedFor && !retry) return;
        if (!DateOnly.TryParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today)) return;
        _fetchedFor = wanted;
        var day = today.AddDays(-7);
        _lastWeekDay = day.ToString("ddd d MMM", CultureInfo.InvariantCulture);
        try
        {
            _lastWeek = await DayShapes.QuarterHoursAsync(Figure, day, _disposed.Token);
            _state = _lastWeek is null ? ComparisonState.NoData : ComparisonState.Shown;
        }
        catch (Exception)
        {
            if (_disposed.IsCancellationRequested) return;
            // The comparison is a nicety: today's bars still show, and the legend says the line is missing.
            _lastWeek = null;
            _state = ComparisonState.Unavailable;
            _failedAt = Clock.GetUtcNow();
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
