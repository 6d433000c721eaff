namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>An agent inside the simulation: skills, state, the end of the current shift and any break owed.</summary>
internal sealed class SimAgent(string id, ShiftPlan shift, int index)
{
    public string Id { get; } = id;
    public ShiftPlan Shift { get; } = shift;

    /// <summary>Position in the shift's roster: staggers the breaks.</summary>
    public int Index { get; } = index;

    public AgentState State { get; set; } = AgentState.Offline;
    public DateTimeOffset ShiftEnd { get; set; }
    public DateTimeOffset IdleSince { get; set; }

    /// <summary>A break that fell due while the agent was busy: taken after the contact's wrap-up.</summary>
    public TimeSpan BreakOwed { get; set; }

    public bool Takes(string queue) => Shift.Skills.Contains(queue);
}
