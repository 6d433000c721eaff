namespace Philly311.Ops.Dashboard.Breaches;

public static class BreachEndpoints
{
    /// <summary>
    /// Read-only views of this process's breach feed, for screens outside Blazor and for tests: no call reaches the
    /// cluster (the feed is pushed), and nothing here names a resident.
    /// </summary>
    public static WebApplication MapBreachBoard(this WebApplication app)
    {
        var breaches = app.MapGroup("/api/breaches").RequireAuthorization(Access.OpsPolicies.Reader);
        breaches.MapGet("", (BreachFeed feed) =>
        {
            var freshness = feed.Freshness;
            return new BreachView(freshness.State, freshness.AsOf, freshness.LastFrameAt, feed.Current);
        });
        breaches.MapGet("/neighborhoods", (NeighborhoodBreachFeed map) =>
        {
            var current = map.Current;
            return new { state = current.Freshness.State.ToString(), asOf = current.Freshness.AsOf, max = current.Max, counts = current.Counts };
        });
        return app;
    }
}
