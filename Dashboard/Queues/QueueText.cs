using System.Globalization;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Dashboard.Time;

namespace Philly311.Ops.Dashboard.Queues;

/// <summary>How queue figures read on a screen: one place, so the board and the drill-down say the same thing.</summary>
public static class QueueText
{
    /// <summary>"queue:spanish-line" → "Spanish line"; "queues:channel:web-chat" → "Web chat (all queues)"; "queues" → "All queues".</summary>
    public static string Name(string key)
    {
        if (key == QueueKeys.City) return "All queues";
        var slug = QueueKeys.Slug(key).Replace('-', ' ');
        var name = slug.Length == 0 ? key : char.ToUpperInvariant(slug[0]) + slug[1..];
        return QueueKeys.IsQueue(key) ? name : name + " (all queues)";
    }

    public static string Percent(double? share) => share is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s * 100:0} %") : "—";

    public static string Seconds(double? seconds) => seconds is { } s ? Wait(TimeSpan.FromSeconds(s)) : "—";

    /// <summary>"0:42", "12:05", "1:02:05".</summary>
    public static string Wait(TimeSpan span) => span.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{span.Minutes}:{span.Seconds:00}");

    /// <summary>The oldest wait at <paramref name="now"/>: it ticks from the frame's start time, with no new frame.</summary>
    public static string OldestWait(QueueFrame frame, DateTimeOffset now) =>
        frame.OldestWaitingSince is { } since ? Wait(now > since ? now - since : TimeSpan.Zero) : "—";

    public static string Agents(QueueFrame frame) =>
        $"{(frame.Staffing.AgentsNeeded is { } n ? n.ToString(CultureInfo.InvariantCulture) : "—")} needed · {frame.Staffing.AgentsWorking.ToString(CultureInfo.InvariantCulture)} on";

    /// <summary>True when fewer agents work the queue than Erlang C needs.</summary>
    public static bool Understaffed(QueueFrame frame) => frame.Staffing.AgentsNeeded is { } n && frame.Staffing.AgentsWorking < n;

    public static string Status(QueueFrame frame) => frame.Breach is { } breach
        ? $"Breached since {CityClock.TimeOfDay(breach.Start)}: {breach.Words}"
        : "Within target";

    /// <summary>"breach in 2:10" from the projection, or "" when none is projected.</summary>
    public static string Projection(QueueFrame frame, DateTimeOffset now) =>
        frame.Breach is null && frame.Staffing.ProjectedBreachAt is { } at && at > now ? $"breach in {Wait(at - now)} if nobody is answered" : "";
}
