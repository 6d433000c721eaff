namespace Philly311.Ops.LoadTests.Injection;

/// <summary>A stretch of time over which the arrival rate moves linearly from <see cref="From"/> to <see cref="To"/> per second.</summary>
internal readonly record struct RateSegment(TimeSpan Duration, double From, double To)
{
    /// <summary>Arrivals within the segment: the area under the rate line.</summary>
    public double Arrivals => (From + To) / 2 * Duration.TotalSeconds;

    public double RateAt(double seconds) => Duration.TotalSeconds <= 0 ? From : From + (To - From) * seconds / Duration.TotalSeconds;

    /// <summary>Arrivals expected by <paramref name="seconds"/> into the segment.</summary>
    public double ArrivalsBy(double seconds)
    {
        var s = Math.Clamp(seconds, 0, Duration.TotalSeconds);
        return (From + RateAt(s)) / 2 * s;
    }

    /// <summary>
    /// When the n-th arrival (counted within the segment, may be fractional) is due: the inverse of
    /// <see cref="ArrivalsBy"/>, a quadratic when the rate ramps.
    /// </summary>
    public double SecondsFor(double arrivals)
    {
        var d = Duration.TotalSeconds;
        if (arrivals <= 0 || d <= 0) return 0;
        var slope = (To - From) / d;
        if (Math.Abs(slope) < 1e-12) return From <= 0 ? d : Math.Min(d, arrivals / From);
        // From·s + slope·s²/2 = n  →  s = (−From + √(From² + 2·slope·n)) / slope
        var discriminant = From * From + 2 * slope * arrivals;
        if (discriminant < 0) return d;
        return Math.Clamp((-From + Math.Sqrt(discriminant)) / slope, 0, d);
    }
}
