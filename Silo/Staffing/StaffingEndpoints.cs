using Philly311.Ops.Contracts.Staffing;
using Philly311.Ops.Silo.Ingest;

namespace Philly311.Ops.Silo.Staffing;

public static class StaffingEndpoints
{
    /// <summary>
    /// <c>GET /api/staffing/erlang-c?offered=1200&amp;interval_minutes=30&amp;aht_seconds=180&amp;answer_within_seconds=20&amp;target_percent=80</c>:
    /// agents needed for a service-level target. Pure arithmetic on the query: no resident or queue data is read.
    /// </summary>
    public static IEndpointRouteBuilder MapStaffing(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/staffing/erlang-c", (HttpContext context) =>
        {
            if (!StaffingQuery.TryRead(context.Request.Query, out var query, out var error)) return IngestProblems.Invalid(error!);
            var q = query!;
            if (StaffingPlan.For(q.Offered, q.IntervalMinutes * 60, q.AhtSeconds, q.AnswerWithinSeconds, q.TargetPercent / 100) is not { } answer)
            {
                return IngestProblems.Invalid(new FieldError(StaffingQuery.OfferedField,
                    $"The target needs more than {ErlangC.MaxAgents} agents; check offered and interval_minutes."), StatusCodes.Status422UnprocessableEntity);
            }
            return TypedResults.Ok(answer);
        });
        return app;
    }
}
