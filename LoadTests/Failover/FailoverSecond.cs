using Philly311.Ops.LoadTests.Measurement;

namespace Philly311.Ops.LoadTests.Failover;

/// <summary>One second of a failover run: frames received by A's and by B's subscribers (B's after reconnecting count as B's), acks, processes.</summary>
internal sealed record FailoverSecond(double Second, long FramesA, long FramesB, long Acknowledged, IReadOnlyList<ProcessSample> Processes);
