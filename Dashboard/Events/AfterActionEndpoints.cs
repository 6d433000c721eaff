using System.Text.Json;
using System.Text.Json.Serialization;

namespace Philly311.Ops.Dashboard.Events;

/// <summary><c>GET /events/{id}/after-action.json</c> and <c>.csv</c>: the event's timeline, pushes, delivery outcomes and deflection.</summary>
public static class AfterActionEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static IEndpointRouteBuilder MapAfterAction(this IEndpointRouteBuilder app)
    {
        // Delivery outcomes are the liaison's business, like the push pages they come from.
        var exports = app.MapGroup("/events/{id}").RequireAuthorization(Access.OpsPolicies.Liaison);
        exports.MapGet("/after-action.json", async (string id, IClusterClient cluster) =>
            await AfterActionReport.ReadAsync(cluster, id) is { } report
                ? Results.Json(report, Json, statusCode: 200)
                : Results.Problem(title: "No such event", detail: $"No event {id}.", statusCode: 404));
        exports.MapGet("/after-action.csv", async (string id, IClusterClient cluster) =>
            await AfterActionReport.ReadAsync(cluster, id) is { } report
                ? Results.File(System.Text.Encoding.UTF8.GetBytes(AfterActionCsv.Write(report)), "text/csv; charset=utf-8", $"after-action-{id}.csv")
                : Results.Problem(title: "No such event", detail: $"No event {id}.", statusCode: 404));
        return app;
    }
}
