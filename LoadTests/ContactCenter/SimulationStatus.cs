namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>The simulated floor at one moment, for the progress line.</summary>
internal sealed record SimulationStatus(
    DateTimeOffset At, IReadOnlyDictionary<string, int> Waiting, IReadOnlyDictionary<AgentState, int> Agents,
    long Offered, long Answered, long Abandoned, long Completed, long Transferred);
