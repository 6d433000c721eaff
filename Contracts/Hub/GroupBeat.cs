namespace Philly311.Ops.Contracts.Hub;

/// <summary>
/// "Nothing changed in <see cref="Group"/> as of <see cref="AsOf"/>": a queue or push group's own heartbeat, from the
/// grain behind it, so a screen in that group tells a quiet queue from a dead feed. <see cref="Sequence"/> is the one of
/// the group's last frame (a contact-event sequence for a queue, the push's own for a push).
/// </summary>
public sealed record GroupBeat(string Group, DateTimeOffset AsOf, long Sequence);
