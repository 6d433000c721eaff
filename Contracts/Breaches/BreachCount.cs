namespace Philly311.Ops.Contracts.Breaches;

/// <summary>Open requests past their due time in one department, neighborhood, ZIP or request type.</summary>
[GenerateSerializer, Immutable]
public sealed record BreachCount(
    [property: Id(0)] string Key,
    [property: Id(1)] string Name,
    [property: Id(2)] long Count);
