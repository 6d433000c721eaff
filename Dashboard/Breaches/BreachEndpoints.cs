namespace Philly311.Ops.Dashboard.Breaches;

public static class BreachEndpoints
{
    /// <summary>
    /// Read-only views of this process's breach feed, for screens outside Blazor and for tests: no call reaches the
    /// cluster (the feed is pushed), and nothing here names a resident.
    /// </summary>
    public static WebApplication MapBreachBoard(this WebApplication app)
    {
        app.MapGet("/api/breaches", (BreachFeed feed) =>
        {
            var freshness = feed.Freshness;
            return new BreachView(freshness.State, freshness.AsOf, freshness.LastFrameAt, feed.Current);
        });
        app.MapGet("/api/breaches/neighborhoods", (NeighborhoodBreachFeed map) =>
        {
            var current = map.Current;
            return new { state = current.Freshness.State.ToString(), asOf = current.Freshness.AsOf, max = current.Max, counts = current.Counts };
        });
        return app;
    }
}
