namespace Philly311.Ops.Contracts.Faq;

/// <summary>A topic of the library and the request types it should relieve (for deflection).</summary>
[GenerateSerializer, Immutable]
public sealed record FaqTopic(
    [property: Id(0)] string Key,
    [property: Id(1)] string Name,
    [property: Id(2)] string[] RequestTypes);
