namespace Philly311.Ops.Contracts.Board;

/// <summary>"Nothing changed as of this moment": keeps screens honest when the city is quiet.</summary>
[GenerateSerializer, Immutable]
public sealed record BoardHeartbeat(
    [property: Id(0)] DateTimeOffset AsOf,
    [property: Id(1)] long Sequence);
