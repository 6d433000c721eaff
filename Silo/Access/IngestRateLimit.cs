using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Philly311.Ops.Silo.Access;

/// <summary>
/// Per-key rate limiting of ingest (issue 10): a named policy for the ingest endpoints, one token bucket per key
/// (<see cref="SenderPartition"/>), refusals answered 429 + Retry-After + RFC 7807 (<see cref="RateLimitRefusal"/>).
/// Buckets are per silo: a sender spread over N silos by a load balancer gets N times the rate.
/// </summary>
public static class IngestRateLimit
{
    /// <summary>Apply with <c>RequireRateLimiting(IngestRateLimit.PolicyName)</c> to every endpoint that takes events.</summary>
    public const string PolicyName = "ingest-per-key";

    public static WebApplicationBuilder AddIngestRateLimit(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IngestRateLimitOptions>().Bind(builder.Configuration.GetSection(IngestRateLimitOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<IngestRateLimitOptions>, IngestRateLimitOptionsValidator>();
        builder.Services.AddSingleton<SenderPartition>();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RateLimitRefusal.WriteAsync;
            limiter.AddPolicy(PolicyName, context =>
            {
                var services = context.RequestServices;
                var limits = services.GetRequiredService<IOptions<IngestRateLimitOptions>>().Value;
                return RateLimitPartition.GetTokenBucketLimiter(services.GetRequiredService<SenderPartition>().Of(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.Burst,
                    TokensPerPeriod = limits.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    // No queue: a sender over its rate hears so at once and backs off by Retry-After, holding nothing here.
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
        return builder;
    }

    /// <summary>The rate limiter middleware; policies attach to endpoints, so it costs nothing on the others.</summary>
    public static WebApplication UseIngestRateLimit(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }
}
