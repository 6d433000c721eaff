using Philly311.Ops.Contracts.Time;

namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>A Poisson process whose rate is set per city hour (expected arrivals in hour 00 … 23).</summary>
internal static class PoissonArrivals
{
    private const int MaxHours = 24 * 8;

    /// <summary>
    /// The next arrival after <paramref name="from"/>: exponential gaps at the rate of the current city hour. A gap that
    /// crosses the top of the hour is drawn again from there at the next hour's rate, which is exact for a Poisson
    /// process (no memory). US time-zone changes fall on whole UTC hours, so the tops of UTC and city hours agree.
    /// Null when no hour of the coming week has a positive rate: the queue never opens.
    /// </summary>
    public static DateTimeOffset? Next(IReadOnlyList<double> perHour, DateTimeOffset from, Random random)
    {
        var t = from;
        for (var hours = 0; hours < MaxHours; hours++)
        {
            var topOfHour = new DateTimeOffset(t.UtcTicks - t.UtcTicks % TimeSpan.TicksPerHour, TimeSpan.Zero).AddHours(1);
            var rate = perHour[CityTime.ToLocal(t).Hour];
            if (rate > 0)
            {
                var at = t + Exponential(TimeSpan.FromTicks((long)(TimeSpan.TicksPerHour / rate)), random);
                if (at < topOfHour) return at;
            }
            t = topOfHour;
        }
        return null;
    }

    public static TimeSpan Exponential(TimeSpan mean, Random random) =>
        TimeSpan.FromTicks((long)(-Math.Log(1 - random.NextDouble()) * mean.Ticks));
}
