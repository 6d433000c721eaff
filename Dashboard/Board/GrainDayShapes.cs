using Philly311.Ops.Contracts.DayShape;
using Philly311.Ops.Contracts.Time;

namespace Philly311.Ops.Dashboard.Board;

/// <summary>Reads past days through the silo's <see cref="IDayShapeGrain"/> (one stateless worker per silo, answers cached there).</summary>
public sealed class GrainDayShapes(IGrainFactory grains) : IDayShapes
{
    public Task<long[]?> QuarterHoursAsync(string figure, DateOnly day, CancellationToken cancellationToken) =>
        grains.GetGrain<IDayShapeGrain>(figure).GetQuarterHoursAsync(CityTime.DayKey(day)).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
}
