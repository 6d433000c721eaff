using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Philly311.Ops.Silo.Access;

/// <summary>
/// The answer to a sender over its rate: 429, Retry-After in whole seconds (at least 1, so a client that sleeps for it
/// never spins), and an RFC 7807 body in the ingest's style. Nothing was read or stored: send the same event again.
/// </summary>
public static class RateLimitRefusal
{
    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : 1;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(new ProblemDetails
        {
            Type = "https://philly311-ops.local/problems/rate-limited",
            Title = "Too many requests for this API key",
            Status = StatusCodes.Status429TooManyRequests,
            Detail = $"This sender is over its ingest rate; nothing of this request was stored. Send it again after {seconds} s.",
            Extensions = { ["retryAfter"] = seconds },
        }).ExecuteAsync(http);
    }
}
