using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Faults.Tests;

/// <summary>One silo or dashboard of the <see cref="FaultCluster"/>: its process, its HTTP address and (silos) its Orleans silo port.</summary>
public sealed record ClusterMember(string Name, string Url, int SiloPort, ProductProcess Process);
