namespace Philly311.Ops.Contracts.Breaches;

/// <summary>"The breaches of frame <see cref="Version"/> still hold as of <see cref="AsOf"/>": sent about once a second while quiet.</summary>
[GenerateSerializer, Immutable]
public sealed record BreachHeartbeat(
    [property: Id(0)] DateTimeOffset AsOf,
    [property: Id(1)] long Version);
