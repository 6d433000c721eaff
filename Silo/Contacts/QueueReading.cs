namespace Philly311.Ops.Silo.Contacts;

/// <summary>
/// One queue figure's city day as Redis has it: <see cref="Counters"/> holds, per counter of <see cref="ContactStore.Counters"/>,
/// the day total then its 96 quarter-hours; agents by state in <see cref="AgentState"/> order.
/// </summary>
public sealed record QueueReading(
    long Sequence, long Version, string Today, long Waiting, long OldestMs, long[] Counters, long[] Agents, string[] Queues);
