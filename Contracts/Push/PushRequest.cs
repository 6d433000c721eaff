namespace Philly311.Ops.Contracts.Push;

/// <summary>A push: these FAQ items × these languages × these channels, one delivery each.</summary>
[GenerateSerializer, Immutable]
public sealed record PushRequest(
    [property: Id(0)] string EventId,
    [property: Id(1)] string[] ItemIds,
    [property: Id(2)] string[] Languages,
    [property: Id(3)] PushChannel[] Channels);
