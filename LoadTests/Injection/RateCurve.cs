namespace Philly311.Ops.LoadTests.Injection;

/// <summary>
/// An open-model injection profile: arrivals per second as a piecewise-linear function of time. Every shape
/// (inject, ramping_inject, spike, pause) is a few segments, so the number due by any moment and the moment
/// each arrival is due are exact — the injector schedules against them and latency is measured from the
/// intended moment, not from when the generator got round to it (no coordinated omission).
/// </summary>
internal sealed class RateCurve
{
    private readonly RateSegment[] _segments;
    private readonly double[] _startSeconds;
    private readonly double[] _arrivalsBefore;

    public RateCurve(IEnumerable<RateSegment> segments)
    {
        _segments = segments.ToArray();
        if (_segments.Any(s => s.From < 0 || s.To < 0 || s.Duration < TimeSpan.Zero)) throw new ArgumentException("Rates and durations cannot be negative.");
        _startSeconds = new double[_segments.Length];
        _arrivalsBefore = new double[_segments.Length];
        double t = 0, n = 0;
        for (var i = 0; i < _segments.Length; i++)
        {
            _startSeconds[i] = t;
            _arrivalsBefore[i] = n;
            t += _segments[i].Duration.TotalSeconds;
            n += _segments[i].Arrivals;
        }
        Duration = TimeSpan.FromSeconds(t);
        TotalArrivals = n;
    }

    public static RateCurve Constant(double rate, TimeSpan during) => new([new RateSegment(during, rate, rate)]);

    public static RateCurve Ramp(double from, double to, TimeSpan during) => new([new RateSegment(during, from, to)]);

    public static RateCurve Pause(TimeSpan during) => Constant(0, during);

    /// <summary>A base rate with a burst to <paramref name="peak"/> from <paramref name="at"/> for <paramref name="length"/>.</summary>
    public static RateCurve Spike(double rate, double peak, TimeSpan at, TimeSpan length, TimeSpan during)
    {
        var start = at < during ? at : during;
        var burst = start + length <= during ? length : during - start;
        return new([
            new RateSegment(start, rate, rate),
            new RateSegment(burst, peak, peak),
            new RateSegment(during - start - burst, rate, rate),
        ]);
    }

    public TimeSpan Duration { get; }

    public double TotalArrivals { get; }

    public double PeakRate => _segments.Length == 0 ? 0 : _segments.Max(s => Math.Max(s.From, s.To));

    public RateCurve Scaled(double factor) => new(_segments.Select(s => s with { From = s.From * factor, To = s.To * factor }));

    public double RateAt(TimeSpan elapsed)
    {
        var i = SegmentAt(elapsed.TotalSeconds);
        return i < 0 ? 0 : _segments[i].RateAt(elapsed.TotalSeconds - _startSeconds[i]);
    }

    /// <summary>Whole arrivals due by <paramref name="elapsed"/>: the injector sends up to this count.</summary>
    public long DueBy(TimeSpan elapsed)
    {
        var s = elapsed.TotalSeconds;
        if (s >= Duration.TotalSeconds) return (long)Math.Floor(TotalArrivals + 1e-9);
        var i = SegmentAt(s);
        if (i < 0) return 0;
        return (long)Math.Floor(_arrivalsBefore[i] + _segments[i].ArrivalsBy(s - _startSeconds[i]) + 1e-9);
    }

    /// <summary>The intended moment of the n-th arrival (1-based).</summary>
    public TimeSpan DueAt(long n)
    {
        for (var i = 0; i < _segments.Length; i++)
        {
            var after = _arrivalsBefore[i] + _segments[i].Arrivals;
            if (n <= after + 1e-9 && _segments[i].Arrivals > 0)
                return TimeSpan.FromSeconds(_startSeconds[i] + _segments[i].SecondsFor(n - _arrivalsBefore[i]));
        }
        return Duration;
    }

    private int SegmentAt(double seconds)
    {
        for (var i = _segments.Length - 1; i >= 0; i--)
        {
            if (seconds >= _startSeconds[i]) return i;
        }
        return -1;
    }
}
