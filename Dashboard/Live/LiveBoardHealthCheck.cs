using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Philly311.Ops.Dashboard.Live;

/// <summary>
/// Degraded (still HTTP 200) while the feed is not live: the dashboard itself serves pages and says
/// "not live" on them, so a load balancer must not take it out; operators still see why in the body.
/// </summary>
public sealed class LiveBoardHealthCheck(LiveBoardFeed feed) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var freshness = feed.Freshness;
        return Task.FromResult(freshness.State == FeedState.Live
            ? HealthCheckResult.Healthy("Board frames arriving")
            : HealthCheckResult.Degraded($"Board feed is {freshness.State}; last frame at {freshness.LastFrameAt:o}"));
    }
}
