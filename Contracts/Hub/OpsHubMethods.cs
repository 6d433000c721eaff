namespace Philly311.Ops.Contracts.Hub;

/// <summary>Server methods of <c>/hubs/ops</c>, so clients invoke them without magic strings.</summary>
public static class OpsHubMethods
{
    /// <summary>
    /// <c>Join(group)</c>: subscribe to a group; answers the group's current frame (a <c>CityFrame</c> for <c>city</c>, a
    /// <c>QueueFrame</c> for a queue group, a <c>PushFrame</c> for <c>push:{id}</c>, a <c>CounterFrame</c> otherwise), or
    /// null when this process has none yet (frames follow).
    /// </summary>
    public const string Join = "Join";

    /// <summary><c>Leave(group)</c>.</summary>
    public const string Leave = "Leave";
}
