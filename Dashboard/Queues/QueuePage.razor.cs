using System.Globalization;
using Microsoft.AspNetCore.Components;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.Dashboard.Time;

namespace Philly311.Ops.Dashboard.Queues;

/// <summary>The drill-down of one queue or roll-up, pushed live: it keeps its key subscribed while open (<see cref="QueueFeed.Watch"/>).</summary>
public sealed partial class QueuePage : ComponentBase, IDisposable
{
    private IDisposable? _watch;
    private IDisposable? _subscription;
    private ITimer? _tick;

    [Parameter]
    public string Key { get; set; } = "";

    [Inject]
    private QueueFeed Feed { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    private DateTimeOffset Now => Clock.GetUtcNow();

    private QueueFrame? Frame => Feed.Frame(Key);

    private FeedState State => Feed.StateOf(Key);

    private string StateText => State switch
    {
        FeedState.Live => $"Live · {CityClock.AsOf(Frame?.AsOf)}",
        FeedState.Waiting => "Waiting",
        _ => $"STALE — last update {(Feed.HeardAt(Key) is { } at ? CityClock.TimeOfDay(at) : "—")}",
    };

    protected override void OnParametersSet()
    {
        _watch?.Dispose();
        _watch = QueueKeys.IsValid(Key) ? Feed.Watch(Key) : null;
        _subscription ??= Feed.Subscribe(() => _ = InvokeAsync(StateHasChanged));
        _tick ??= Clock.CreateTimer(_ => _ = InvokeAsync(StateHasChanged), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    private IEnumerable<(string Label, string Value)> Tiles(QueueFrame q)
    {
        var c = CultureInfo.InvariantCulture;
        yield return ("Waiting now", q.Waiting.ToString(c));
        yield return ("Oldest wait", QueueText.OldestWait(q, Now));
        yield return ($"Service level (target {QueueText.Percent(q.ServiceLevelTarget)} in {q.AnswerWithinSeconds} s)", QueueText.Percent(q.ServiceLevel));
        yield return ("Service level, last 30 min", QueueText.Percent(q.WindowServiceLevel));
        yield return ("Offered today", q.Offered.ToString(c));
        yield return ("Answered today", q.Answered.ToString(c));
        yield return ("Abandoned today", $"{q.Abandoned.ToString(c)} ({QueueText.Percent(q.AbandonRate)})");
        yield return ("Average speed of answer", QueueText.Seconds(q.AsaSeconds));
        yield return ("Average handle time", QueueText.Seconds(q.AhtSeconds));
        yield return ("Agents needed (Erlang C)", QueueText.Agents(q) + (QueueText.Understaffed(q) ? " — short" : ""));
        yield return ("Arrivals / hour (window)", q.Staffing.ArrivalsPerHour.ToString("0", c));
        yield return ("Agents by state", $"{q.Agents.Available} available · {q.Agents.OnContact} on contact · {q.Agents.AfterContactWork} wrap-up · {q.Agents.Break} break");
    }

    public void Dispose()
    {
        _watch?.Dispose();
        _subscription?.Dispose();
        _tick?.Dispose();
    }
}
