namespace Philly311.Ops.LoadTests.Replay;

/// <summary>What a replay has sent, by kind of version, for its console lines.</summary>
internal sealed class LiveCounts
{
    public long Opened { get; private set; }

    public long Closed { get; private set; }

    public long Estimated { get; private set; }

    public void Add(IEnumerable<TimedEvent> events)
    {
        foreach (var e in events)
        {
            if (e.Kind == VersionKind.Open) Opened++;
            else Closed++;
            if (e.Kind == VersionKind.EstimatedClose) Estimated++;
        }
    }
}
