namespace Philly311.Ops.Contracts.Push;

/// <summary>One item version in one language, as it will be sent.</summary>
[GenerateSerializer, Immutable]
public sealed record PlannedText(
    [property: Id(0)] string ItemId,
    [property: Id(1)] string Topic,
    [property: Id(2)] int Version,
    [property: Id(3)] string Language,
    [property: Id(4)] string Title,
    [property: Id(5)] string Body);
