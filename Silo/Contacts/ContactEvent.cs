namespace Philly311.Ops.Silo.Contacts;

/// <summary>A validated contact event: every field normalized (queue slug, channel key, UTC time).</summary>
public sealed record ContactEvent(
    string EventId, string Type, string ContactId, string Queue, string Channel, string Language, string? AgentId, DateTimeOffset At);
