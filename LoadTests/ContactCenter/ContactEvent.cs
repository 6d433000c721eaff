namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>
/// One ACD or digital-channel event as <c>POST /api/contacts</c> takes it. <see cref="Type"/> is offered, answered,
/// abandoned, completed or transferred; <see cref="AgentId"/> is set for answered, completed and transferred.
/// </summary>
internal sealed record ContactEvent(
    string EventId, string Type, string ContactId, string Queue, string Channel, string Language, string? AgentId, DateTimeOffset At);
