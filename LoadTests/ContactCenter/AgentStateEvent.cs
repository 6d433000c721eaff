namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>An agent's state change as <c>POST /api/agents/state</c> takes it; <see cref="Queues"/> are the agent's skills.</summary>
internal sealed record AgentStateEvent(string AgentId, IReadOnlyList<string> Queues, string State, DateTimeOffset At);
