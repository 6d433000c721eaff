namespace Philly311.Ops.Contracts.Contacts;

/// <summary>What happened to one contact or agent event (the <c>result</c> of its answer).</summary>
public static class ContactOutcome
{
    /// <summary>Stored and counted (HTTP 202).</summary>
    public const string Accepted = "accepted";

    /// <summary>This event id was seen before; nothing changed (HTTP 200).</summary>
    public const string Duplicate = "duplicate";

    /// <summary>Stored, but the contact already had this step or the opposite outcome (answered vs abandoned): nothing counted (HTTP 200).</summary>
    public const string Ignored = "ignored";

    /// <summary>An agent state older than the one held for that agent; nothing changed (HTTP 200).</summary>
    public const string Stale = "stale";

    /// <summary>Invalid input; nothing changed (HTTP 4xx, or a bulk line with a reason).</summary>
    public const string Rejected = "rejected";
}
