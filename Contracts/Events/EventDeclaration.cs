namespace Philly311.Ops.Contracts.Events;

/// <summary>
/// What a liaison declares or updates. No neighborhoods means city-wide. <see cref="Exercise"/> marks a drill:
/// everything it produces is labeled EXERCISE and reaches only sandbox channels.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record EventDeclaration(
    [property: Id(0)] EventKind Kind,
    [property: Id(1)] string Name,
    [property: Id(2)] string[] Neighborhoods,
    [property: Id(3)] DateTimeOffset Start,
    [property: Id(4)] DateTimeOffset? PlannedEnd,
    [property: Id(5)] bool Exercise)
{
    public bool CityWide => Neighborhoods.Length == 0;
}
