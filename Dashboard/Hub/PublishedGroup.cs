namespace Philly311.Ops.Dashboard.Hub;

/// <summary>One queue or push group this process has connections in. Touched only under its publisher's lock.</summary>
public sealed class PublishedGroup<TFrame>(IDisposable? watch) where TFrame : class
{
    /// <summary>Keeps the feed subscribed to the group's grain while the group has viewers here.</summary>
    public IDisposable? Watch { get; } = watch;

    public int Viewers { get; set; }

    /// <summary>What the group was last sent (or its first joiner answered): a frame goes out once.</summary>
    public TFrame? Sent { get; set; }

    /// <summary>When a frame or heartbeat last went to the group, to keep heartbeats to about one a second.</summary>
    public DateTimeOffset SentAt { get; set; }

    /// <summary>The grain's moment the group's last heartbeat vouched for.</summary>
    public DateTimeOffset? BeatAsOf { get; set; }
}
