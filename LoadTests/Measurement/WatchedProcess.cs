namespace Philly311.Ops.LoadTests.Measurement;

/// <summary>A process whose memory and CPU the run samples: the silo, the dashboard, Redis, and the generator itself.</summary>
internal sealed record WatchedProcess(string Name, int Pid);
