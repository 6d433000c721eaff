namespace Philly311.Ops.Contracts.Access;

/// <summary>
/// One action somebody took: <paramref name="Actor"/> is the signed-in name (never a resident's data),
/// <paramref name="Action"/> a short verb such as <c>event.declare</c> or <c>push.start</c>, <paramref name="Detail"/>
/// what it was about (event id, FAQ item and text version, languages, channels).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AuditEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Actor,
    [property: Id(2)] string Role,
    [property: Id(3)] string Action,
    [property: Id(4)] string Detail);
