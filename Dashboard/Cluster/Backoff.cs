namespace Philly311.Ops.Dashboard.Cluster;

/// <summary>Exponential retry delay from 500 ms, doubling per attempt, capped: the cluster is retried until it is back.</summary>
public static class Backoff
{
    public static TimeSpan After(int attempt, TimeSpan max) =>
        TimeSpan.FromMilliseconds(Math.Min(max.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(attempt, 10))));
}
