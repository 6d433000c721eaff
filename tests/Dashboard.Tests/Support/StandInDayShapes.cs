using Philly311.Ops.Dashboard.Board;

namespace Philly311.Ops.Dashboard.Tests.Support;

/// <summary>Past days a test sets by hand (figure, day → quarter-hours); any other day has no data.</summary>
public sealed class StandInDayShapes : IDayShapes
{
    private readonly Dictionary<(string, DateOnly), long[]> _days = [];

    public List<(string Figure, DateOnly Day)> Asked { get; } = [];

    public void Set(string figure, DateOnly day, long[] quarterHours) => _days[(figure, day)] = quarterHours;

    public Task<long[]?> QuarterHoursAsync(string figure, DateOnly day, CancellationToken cancellationToken)
    {
        Asked.Add((figure, day));
        return Task.FromResult(_days.GetValueOrDefault((figure, day)));
    }
}
