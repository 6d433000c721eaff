namespace Philly311.Ops.Silo.Contacts;

/// <summary>The wire names of contact and agent-state events, as every problem body spells them.</summary>
public static class ContactFields
{
    public const string EventId = "event_id";
    public const string Type = "type";
    public const string ContactId = "contact_id";
    public const string Queue = "queue";
    public const string Channel = "channel";
    public const string Language = "language";
    public const string AgentId = "agent_id";
    public const string At = "at";
    public const string Queues = "queues";
    public const string State = "state";
}
