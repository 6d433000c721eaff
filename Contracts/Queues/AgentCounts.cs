namespace Philly311.Ops.Contracts.Queues;

/// <summary>Agents by state for a queue (an agent counts in every queue it is skilled for; the city counts each agent once).</summary>
[GenerateSerializer, Immutable]
public sealed record AgentCounts(
    [property: Id(0)] long Available,
    [property: Id(1)] long OnContact,
    [property: Id(2)] long AfterContactWork,
    [property: Id(3)] long Break,
    [property: Id(4)] long Offline)
{
    public static AgentCounts None { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Working the queue: available, on a contact or in after-contact work (what Erlang C compares with).</summary>
    public long Working => Available + OnContact + AfterContactWork;

    /// <summary>Logged in: every state but offline.</summary>
    public long LoggedIn => Working + Break;
}
