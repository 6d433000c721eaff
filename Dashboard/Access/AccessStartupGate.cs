namespace Philly311.Ops.Dashboard.Access;

/// <summary>Nothing to configure: it exists so <see cref="AccessStartupCheck"/> runs with the start-time options validation.</summary>
public sealed class AccessStartupGate;
