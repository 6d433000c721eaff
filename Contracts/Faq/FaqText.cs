namespace Philly311.Ops.Contracts.Faq;

/// <summary>An item's text in one language, as reviewed by a person (the library holds no machine translation).</summary>
[GenerateSerializer, Immutable]
public sealed record FaqText(
    [property: Id(0)] string Language,
    [property: Id(1)] string Title,
    [property: Id(2)] string Body);
