namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>A lognormal duration given by its mean and coefficient of variation: right-skewed, never negative, as handle times are.</summary>
internal readonly record struct LogNormal(double MeanSeconds, double Cv)
{
    private double Sigma => Math.Sqrt(Math.Log(1 + Cv * Cv));

    private double Mu => Math.Log(MeanSeconds) - Sigma * Sigma / 2;

    public LogNormal Scaled(double factor) => this with { MeanSeconds = MeanSeconds * factor };

    public TimeSpan Sample(Random random)
    {
        // Box–Muller; 1 - NextDouble() keeps the logarithm away from zero.
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return TimeSpan.FromTicks((long)(Math.Exp(Mu + Sigma * normal) * TimeSpan.TicksPerSecond));
    }
}
