namespace Philly311.Ops.Dashboard.Board;

/// <summary>Past days' quarter-hours of a figure, for the chart's comparison line.</summary>
public interface IDayShapes
{
    /// <summary>The 96 quarter-hours of <paramref name="figure"/> on <paramref name="day"/>; null when that day has no data.</summary>
    Task<long[]?> QuarterHoursAsync(string figure, DateOnly day, CancellationToken cancellationToken);
}
