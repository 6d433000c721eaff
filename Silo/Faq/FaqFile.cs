namespace Philly311.Ops.Silo.Faq;

/// <summary>One content file as YAML has it (snake_case keys). Mutable because YamlDotNet fills it.</summary>
internal sealed class FaqFile
{
    public List<FaqFileTopic> Topics { get; set; } = [];

    public List<FaqFileItem> Items { get; set; } = [];
}

internal sealed class FaqFileTopic
{
    public string Key { get; set; } = "";

    public string Name { get; set; } = "";
}

internal sealed class FaqFileItem
{
    public string Id { get; set; } = "";

    public string Topic { get; set; } = "";

    public int Version { get; set; }

    public Dictionary<string, FaqFileText> Texts { get; set; } = [];
}

internal sealed class FaqFileText
{
    public string Title { get; set; } = "";

    public string Body { get; set; } = "";
}
