using Philly311.Ops.LoadTests.Circuits;

namespace Philly311.Ops.LoadTests.Tests.Circuits;

public sealed class LeastSquaresTests
{
    [Fact]
    public void PointsOnALineGiveItsSlopeAndInterceptWithAPerfectFit()
    {
        var fit = LeastSquares.Fit([(0, 20_000_000), (5, 21_000_000), (10, 22_000_000), (40, 28_000_000)]);

        fit.Slope.ShouldBe(200_000, 1e-6);
        fit.Intercept.ShouldBe(20_000_000, 1e-3);
        fit.RSquared.ShouldBe(1, 1e-12);
        fit.Points.ShouldBe(4);
    }

    [Fact]
    public void NoisyPointsGiveTheLeastSquaresSlopeAndAnRSquaredBelowOne()
    {
        // Mean x 2, mean y 3; sxy = 8, sxx = 10.
        var fit = LeastSquares.Fit([(0, 1), (1, 3), (3, 3), (4, 5)]);

        fit.Slope.ShouldBe(0.8, 1e-12);
        fit.Intercept.ShouldBe(1.4, 1e-12);
        // Residuals 0.16 + 0.64 + 0.64 + 0.16 = 1.6 of a total 8.
        fit.RSquared.ShouldBe(0.8, 1e-12);
    }

    [Fact]
    public void OnePointOrOneXValueHasNoLine()
    {
        Should.Throw<ArgumentException>(() => LeastSquares.Fit([(5, 1)]));
        Should.Throw<ArgumentException>(() => LeastSquares.Fit([(5, 1), (5, 2)]));
    }
}
