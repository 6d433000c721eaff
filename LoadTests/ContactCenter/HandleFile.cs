namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>A lognormal duration as written: its mean and its coefficient of variation (standard deviation / mean).</summary>
internal sealed class HandleFile
{
    public double MeanSeconds { get; set; }
    public double Cv { get; set; } = 0.5;
}
