namespace Philly311.Ops.Contracts.Contacts;

/// <summary>The <c>type</c> of a contact event, as the ACD and the digital channels send it.</summary>
public static class ContactEventType
{
    public const string Offered = "offered";
    public const string Answered = "answered";
    public const string Abandoned = "abandoned";
    public const string Completed = "completed";
    public const string Transferred = "transferred";

    public static IReadOnlyList<string> All { get; } = [Offered, Answered, Abandoned, Completed, Transferred];

    /// <summary>The types that name the agent who handled the contact.</summary>
    public static bool NeedsAgent(string type) => type is Answered or Completed or Transferred;
}
