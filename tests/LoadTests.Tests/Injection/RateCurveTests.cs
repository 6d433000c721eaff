using Philly311.Ops.LoadTests.Injection;

namespace Philly311.Ops.LoadTests.Tests.Injection;

public sealed class RateCurveTests
{
    [Fact]
    public void AConstantRateSendsRateTimesDurationEvenlySpaced()
    {
        var curve = RateCurve.Constant(100, TimeSpan.FromSeconds(10));

        curve.TotalArrivals.ShouldBe(1000);
        curve.DueBy(TimeSpan.FromSeconds(2.5)).ShouldBe(250);
        curve.DueAt(1).TotalMilliseconds.ShouldBe(10, 1e-6);
        curve.DueAt(500).TotalSeconds.ShouldBe(5, 1e-9);
        curve.DueBy(TimeSpan.FromSeconds(99)).ShouldBe(1000);
    }

    [Fact]
    public void ARampSendsTheAreaUnderItsLine()
    {
        var curve = RateCurve.Ramp(0, 100, TimeSpan.FromSeconds(10));

        curve.TotalArrivals.ShouldBe(500);
        // N(t) = 5·t² → 125 by 5 s, and the 125th is due at exactly 5 s.
        curve.DueBy(TimeSpan.FromSeconds(5)).ShouldBe(125);
        curve.DueAt(125).TotalSeconds.ShouldBe(5, 1e-9);
        curve.RateAt(TimeSpan.FromSeconds(5)).ShouldBe(50);
    }

    [Fact]
    public void ADownwardRampIsInvertedToo()
    {
        var curve = RateCurve.Ramp(100, 0, TimeSpan.FromSeconds(10));

        curve.TotalArrivals.ShouldBe(500);
        // N(t) = 100t − 5t² → 375 by 5 s.
        curve.DueBy(TimeSpan.FromSeconds(5)).ShouldBe(375);
        curve.DueAt(375).TotalSeconds.ShouldBe(5, 1e-9);
    }

    [Fact]
    public void ASpikeAddsItsBurstOnTopOfTheBase()
    {
        var curve = RateCurve.Spike(10, 100, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10));

        curve.Duration.ShouldBe(TimeSpan.FromSeconds(10));
        curve.TotalArrivals.ShouldBe(10 * 8 + 100 * 2);
        curve.RateAt(TimeSpan.FromSeconds(6)).ShouldBe(100);
        curve.RateAt(TimeSpan.FromSeconds(8)).ShouldBe(10);
        curve.DueBy(TimeSpan.FromSeconds(7)).ShouldBe(50 + 200);
        curve.PeakRate.ShouldBe(100);
    }

    [Fact]
    public void APauseSendsNothing()
    {
        var curve = RateCurve.Pause(TimeSpan.FromSeconds(5));

        curve.TotalArrivals.ShouldBe(0);
        curve.DueBy(TimeSpan.FromSeconds(5)).ShouldBe(0);
    }

    [Fact]
    public void DueTimesNeverGoBackwards()
    {
        var curve = new RateCurve([
            new RateSegment(TimeSpan.FromSeconds(3), 5, 50),
            new RateSegment(TimeSpan.FromSeconds(2), 0, 0),
            new RateSegment(TimeSpan.FromSeconds(4), 80, 20),
        ]);

        var total = (long)curve.TotalArrivals;
        var times = Enumerable.Range(1, (int)total).Select(n => curve.DueAt(n)).ToList();

        times.ShouldBe(times.Order().ToList());
        times[^1].ShouldBeLessThanOrEqualTo(curve.Duration);
        // TimeSpan rounds to 100 ns, so allow a microsecond when going back from a due time to the count.
        for (var n = 1; n <= total; n += 7) curve.DueBy(curve.DueAt(n) + TimeSpan.FromMicroseconds(1)).ShouldBeGreaterThanOrEqualTo(n);
    }

    [Fact]
    public void ScalingMultipliesEveryRate()
    {
        var curve = RateCurve.Ramp(10, 20, TimeSpan.FromSeconds(10)).Scaled(3);

        curve.TotalArrivals.ShouldBe(450);
        curve.PeakRate.ShouldBe(60);
    }
}
