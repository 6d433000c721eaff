namespace Philly311.Ops.Contracts.Breaches;

/// <summary>
/// One breached request of the longest-overdue list: what a director needs to chase it, and nothing about the
/// resident (no address, no description). <see cref="Due"/> lets a screen tick "overdue by" without new frames.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OverdueRequest(
    [property: Id(0)] string Id,
    [property: Id(1)] string RequestType,
    [property: Id(2)] string RequestTypeName,
    [property: Id(3)] string Department,
    [property: Id(4)] string DepartmentName,
    [property: Id(5)] string Neighborhood,
    [property: Id(6)] string NeighborhoodName,
    [property: Id(7)] DateTimeOffset Due)
{
    public TimeSpan OverdueBy(DateTimeOffset now) => now > Due ? now - Due : TimeSpan.Zero;
}
