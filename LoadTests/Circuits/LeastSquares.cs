namespace Philly311.Ops.LoadTests.Circuits;

/// <summary>
/// The straight line through (tabs, bytes) points by ordinary least squares: the slope is the cost of one more circuit,
/// the intercept the process without any, r² how well a line explains the steps (a low one says the slope is noise).
/// </summary>
internal sealed record LeastSquares(double Slope, double Intercept, double RSquared, int Points)
{
    public static LeastSquares Fit(IReadOnlyList<(double X, double Y)> points)
    {
        if (points.Count < 2) throw new ArgumentException("A line needs at least two points.", nameof(points));
        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        if (sxx == 0) throw new ArgumentException("A line needs at least two different x values.", nameof(points));
        var sxy = points.Sum(p => (p.X - meanX) * (p.Y - meanY));
        var slope = sxy / sxx;
        var intercept = meanY - slope * meanX;
        var total = points.Sum(p => (p.Y - meanY) * (p.Y - meanY));
        var residual = points.Sum(p => Math.Pow(p.Y - (intercept + slope * p.X), 2));
        // All y equal: the line explains them perfectly.
        var rSquared = total == 0 ? 1 : 1 - residual / total;
        return new LeastSquares(slope, intercept, rSquared, points.Count);
    }
}
