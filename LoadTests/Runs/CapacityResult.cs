using Philly311.Ops.LoadTests.Measurement;

namespace Philly311.Ops.LoadTests.Runs;

/// <summary>What a closed-model or bulk probe achieved: acknowledged events per second over the measured time.</summary>
internal sealed record CapacityResult(string Name, long Acknowledged, long Errors, double Seconds, LatencySummary Latency)
{
    public double PerSecond => Seconds > 0 ? Acknowledged / Seconds : 0;
}
