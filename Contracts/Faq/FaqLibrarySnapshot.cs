namespace Philly311.Ops.Contracts.Faq;

/// <summary>The whole library: topics, items and the topic × language coverage.</summary>
[GenerateSerializer, Immutable]
public sealed record FaqLibrarySnapshot(
    [property: Id(0)] FaqTopic[] Topics,
    [property: Id(1)] FaqItem[] Items,
    [property: Id(2)] CoverageCell[] Coverage)
{
    public CoverageCell? CellOf(string topic, string language) =>
        Coverage.FirstOrDefault(c => c.Topic == topic && c.Language == language);
}
