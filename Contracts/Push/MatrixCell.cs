namespace Philly311.Ops.Contracts.Push;

/// <summary>One cell of the push matrix: a language on a channel.</summary>
[GenerateSerializer, Immutable]
public sealed record MatrixCell(
    [property: Id(0)] string Language,
    [property: Id(1)] PushChannel Channel,
    [property: Id(2)] StatusCounts Counts);
