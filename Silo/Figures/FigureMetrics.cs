using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Philly311.Ops.Silo.Figures;

/// <summary>
/// The live path's numbers (meter <c>Philly311.Ops.Figures</c>): grain calls per figure per silo (the "hot key"
/// budget), router flushes, frames pushed, commit-to-push latency. Calls per figure are also kept as running
/// totals so the load tool can read them from <c>/api/diagnostics/figure-calls</c> without an exporter.
/// </summary>
public sealed class FigureMetrics : IDisposable
{
    public const string MeterName = "Philly311.Ops.Figures";

    private readonly Meter _meter;
    private readonly Counter<long> _grainCalls;
    private readonly Counter<long> _flushes;
    private readonly Counter<long> _frames;
    private readonly Histogram<double> _commitToPush;
    private readonly ConcurrentDictionary<string, long> _callsByFigure = new(StringComparer.Ordinal);

    public FigureMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _grainCalls = _meter.CreateCounter<long>("ops.figures.grain_calls", description: "Router calls to figure and list grains");
        _flushes = _meter.CreateCounter<long>("ops.figures.router_flushes", description: "Merged forwards by the per-silo router");
        _frames = _meter.CreateCounter<long>("ops.figures.frames_pushed", description: "Frames pushed to observers");
        _commitToPush = _meter.CreateHistogram<double>("ops.figures.commit_to_push", "ms", "Durable commit to frame pushed by its grain");
    }

    public void GrainCall(string figure)
    {
        _grainCalls.Add(1, new KeyValuePair<string, object?>("figure", figure));
        _callsByFigure.AddOrUpdate(figure, 1, (_, n) => n + 1);
    }

    public void Flushed() => _flushes.Add(1);

    public void FramePushed(string kind, TimeSpan sinceCommit)
    {
        _frames.Add(1, new KeyValuePair<string, object?>("kind", kind));
        _commitToPush.Record(sinceCommit.TotalMilliseconds, new KeyValuePair<string, object?>("kind", kind));
    }

    /// <summary>Running totals of router calls per figure on this silo since start.</summary>
    public IReadOnlyDictionary<string, long> CallsByFigure() => new Dictionary<string, long>(_callsByFigure, StringComparer.Ordinal);

    public void Dispose() => _meter.Dispose();
}
