namespace Philly311.Ops.Contracts.Faq;

/// <summary>How many of a topic's items have a text in a language. <see cref="Missing"/> &gt; 0 is a gap to fill by a translator.</summary>
[GenerateSerializer, Immutable]
public sealed record CoverageCell(
    [property: Id(0)] string Topic,
    [property: Id(1)] string Language,
    [property: Id(2)] int Written,
    [property: Id(3)] int Items)
{
    public int Missing => Items - Written;
}
