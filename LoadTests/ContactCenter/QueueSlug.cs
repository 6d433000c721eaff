using Philly311.Ops.Contracts.Naming;
using Philly311.Ops.Contracts.Queues;

namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>
/// The queue key the silo files a contact's queue name under, by the silo's own rule (<see cref="KeySlug"/>, prefix
/// <c>queue-</c>). A name it would hash instead (no ASCII word, too long, or looking like a hashed key) answers null:
/// queue-to-glass does not guess that key.
/// </summary>
internal static class QueueSlug
{
    public static string? KeyOf(string name) => KeySlug.Plain(name, "queue-") is { } slug ? QueueKeys.Queue(slug) : null;
}
