using Philly311.Ops.LoadTests.Measurement;

namespace Philly311.Ops.LoadTests.Ratio;

/// <summary>One second of an ingest-ratio run: the phase, the machine's busy share, and each watched process's CPU and memory.</summary>
internal sealed record RatioTimelineSample(double Second, string Phase, double MachineBusyPercent, IReadOnlyList<ProcessSample> Processes);
