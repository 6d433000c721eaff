namespace Philly311.Ops.Contracts.Breaches;

/// <summary>
/// The city's request SLA breaches as Redis had them at <see cref="AsOf"/>: how many open requests are past due,
/// per dimension (only non-zero rows, largest first), and the <see cref="BreachFrame.LongestShown"/> longest overdue.
/// <see cref="Version"/> is bumped in Redis by every change of the breached set, so two frames compare by it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record BreachFrame(
    [property: Id(0)] long Version,
    [property: Id(1)] DateTimeOffset AsOf,
    [property: Id(2)] long Total,
    [property: Id(3)] IReadOnlyList<BreachCount> Departments,
    [property: Id(4)] IReadOnlyList<BreachCount> Neighborhoods,
    [property: Id(5)] IReadOnlyList<BreachCount> Zips,
    [property: Id(6)] IReadOnlyList<BreachCount> RequestTypes,
    [property: Id(7)] IReadOnlyList<OverdueRequest> Longest)
{
    public const int LongestShown = 20;
}
