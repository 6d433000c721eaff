using System.Threading.RateLimiting;
using Philly311.Ops.Silo.Access;

namespace Philly311.Ops.Silo.Tests.Access;

public sealed class IngestRateLimitOptionsValidatorTests
{
    private readonly IngestRateLimitOptionsValidator _validator = new();

    [Fact]
    public void AZeroRateFailsNamingTheSetting()
    {
        var result = _validator.Validate(null, new IngestRateLimitOptions { PermitsPerSecond = 0 });

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain("IngestRateLimit:PermitsPerSecond must be positive");
    }

    [Fact]
    public void ABurstSmallerThanTheRateFails()
    {
        var result = _validator.Validate(null, new IngestRateLimitOptions { PermitsPerSecond = 100, Burst = 10 });

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain("IngestRateLimit:Burst (10)");
    }

    [Fact]
    public void TheDefaultsLetTheLoadTestsKneeThrough()
    {
        var defaults = new IngestRateLimitOptions();
        using var bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = defaults.Burst, TokensPerPeriod = defaults.PermitsPerSecond, ReplenishmentPeriod = TimeSpan.FromSeconds(1), AutoReplenishment = false,
        });

        _validator.Validate(null, defaults).Succeeded.ShouldBeTrue();
        // Two seconds of the knee's top step (6,000/s) and the 17,099/s wrk measured, from a full bucket, with no refill.
        for (var i = 0; i < 2 * 6_000 + 17_099; i++) bucket.AttemptAcquire().IsAcquired.ShouldBeTrue($"refused request {i}");
        defaults.PermitsPerSecond.ShouldBeGreaterThan(17_099, "the durable single-event ceiling measured on one silo");
    }
}
