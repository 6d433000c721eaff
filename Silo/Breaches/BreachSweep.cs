namespace Philly311.Ops.Silo.Breaches;

/// <summary>What one sweep did: requests moved to breached, the breach version after it, and the state if it changed.</summary>
public sealed record BreachSweep(int Moved, long Version, BreachReading? Reading);
