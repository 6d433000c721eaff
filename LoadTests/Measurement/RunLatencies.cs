namespace Philly311.Ops.LoadTests.Measurement;

/// <summary>The histograms of a run: single-event ingest, bulk uploads, later-issue kinds, event-to-glass and queue-to-glass.</summary>
internal sealed class RunLatencies
{
    public LatencyRecorder Ingest { get; } = new();
    public LatencyRecorder Bulk { get; } = new();
    public LatencyRecorder Other { get; } = new();
    public LatencyRecorder Glass { get; } = new();
    public LatencyRecorder QueueGlass { get; } = new();
}
