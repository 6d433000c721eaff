namespace Philly311.Ops.Silo.Contacts;

/// <summary>A validated agent state: the agent's skills as queue slugs (sorted, distinct) and the state from <see cref="At"/> on.</summary>
public sealed record AgentStateEvent(string AgentId, string[] Queues, string State, DateTimeOffset At);
