namespace Philly311.Ops.Contracts.Faq;

/// <summary>
/// One answer residents ask for, by topic, in the languages it has been written in. <see cref="Version"/> goes up with
/// every change of any text; a push records the version it sent.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FaqItem(
    [property: Id(0)] string Id,
    [property: Id(1)] string Topic,
    [property: Id(2)] int Version,
    [property: Id(3)] FaqText[] Texts)
{
    public FaqText? TextIn(string language) => Texts.FirstOrDefault(t => t.Language == language);

    public string Ref => $"{Id}@v{Version}";
}
