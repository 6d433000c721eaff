namespace Philly311.Ops.LoadTests.ContactCenter;

internal static class AgentStateNames
{
    public static string Wire(this AgentState state) => state switch
    {
        AgentState.Available => "available",
        AgentState.OnContact => "on_contact",
        AgentState.AfterContactWork => "after_contact_work",
        AgentState.Break => "break",
        _ => "offline",
    };
}
