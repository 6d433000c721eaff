namespace Philly311.Ops.Contracts.Faq;

/// <summary>A language the city publishes emergency information in. <see cref="RightToLeft"/> decides <c>dir="rtl"</c> on screen.</summary>
[GenerateSerializer, Immutable]
public sealed record FaqLanguage(
    [property: Id(0)] string Code,
    [property: Id(1)] string EnglishName,
    [property: Id(2)] string NativeName,
    [property: Id(3)] bool RightToLeft);
