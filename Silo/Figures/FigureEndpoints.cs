using Philly311.Ops.Silo.Ingest;

namespace Philly311.Ops.Silo.Figures;

public static class FigureEndpoints
{
    /// <summary>
    /// <c>GET /api/diagnostics/figure-calls</c>: router calls per figure on this silo since start, so a load test can
    /// check the hot-key budget (calls a second to the hottest figure) without an exporter. Needs the API key.
    /// </summary>
    public static IEndpointRouteBuilder MapFigureDiagnostics(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/diagnostics/figure-calls", (FigureMetrics metrics, TimeProvider clock) =>
                TypedResults.Ok(new { asOf = clock.GetUtcNow(), calls = metrics.CallsByFigure() }))
            .AddEndpointFilter<ApiKeyFilter>();
        return app;
    }
}
