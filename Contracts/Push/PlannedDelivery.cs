namespace Philly311.Ops.Contracts.Push;

/// <summary>One delivery of a plan: which of its texts, to which channel.</summary>
[GenerateSerializer, Immutable]
public sealed record PlannedDelivery(
    [property: Id(0)] int Text,
    [property: Id(1)] PushChannel Channel);
