namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>The agent states of the wire contract; <see cref="Wire"/> gives their names there.</summary>
internal enum AgentState
{
    Offline,
    Available,
    OnContact,
    AfterContactWork,
    Break,
}
