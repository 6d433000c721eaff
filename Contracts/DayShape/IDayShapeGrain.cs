namespace Philly311.Ops.Contracts.DayShape;

/// <summary>
/// Requests per 15 minutes of one figure (keyed like the figure grains: <c>city</c>, <c>dept:streets</c> …) on a past
/// city day, for the chart's "same weekday last week" line. Past days barely change, so answers may be a minute old.
/// </summary>
public interface IDayShapeGrain : IGrainWithStringKey
{
    /// <summary>The 96 quarter-hours of <paramref name="day"/> (ISO date, city time); null when that day has no data.</summary>
    Task<long[]?> GetQuarterHoursAsync(string day);
}
