namespace Philly311.Ops.ServiceDefaults.Health;

/// <summary>Tags that decide which endpoint a health check answers on.</summary>
public static class OpsHealthTags
{
    /// <summary>
    /// Counted by <c>/health/ready</c> (and <c>/healthz</c>): the dependencies without which this process must
    /// not get traffic. A check without this tag (the dashboard's board-feed check, say) is reported nowhere
    /// a load balancer or an orchestrator looks, so it can never take a serving process out.
    /// </summary>
    public const string Ready = "ready";
}
