namespace Philly311.Ops.Contracts.Contacts;

/// <summary>The <c>state</c> of an agent, in the order screens list them.</summary>
public static class AgentState
{
    public const string Available = "available";
    public const string OnContact = "on_contact";
    public const string AfterContactWork = "after_contact_work";
    public const string Break = "break";
    public const string Offline = "offline";

    public static IReadOnlyList<string> All { get; } = [Available, OnContact, AfterContactWork, Break, Offline];
}
