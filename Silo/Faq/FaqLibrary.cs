using Microsoft.Extensions.Options;
using Philly311.Ops.Contracts.Faq;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Philly311.Ops.Silo.Faq;

/// <summary>
/// The FAQ library, read once at start from the content files. A file that does not parse, an item without a topic
/// or version, or a text in a language outside <see cref="FaqLanguages"/> stops the start: a half-read library would
/// push the wrong words. A language an item has no text in is a gap, shown in the coverage, never filled by a machine.
/// </summary>
public sealed class FaqLibrary
{
    public FaqLibrary(IOptions<FaqOptions> options, IHostEnvironment environment)
        : this(Load(ResolveFolder(options.Value.ContentPath, environment.ContentRootPath), options.Value.RequestTypes))
    {
    }

    public FaqLibrary(FaqLibrarySnapshot snapshot) => Snapshot = snapshot;

    public FaqLibrarySnapshot Snapshot { get; }

    public FaqItem? Find(string id) => Snapshot.Items.FirstOrDefault(i => i.Id == id);

    public static FaqLibrarySnapshot Load(string folder, IReadOnlyDictionary<string, string[]> requestTypes)
    {
        if (!Directory.Exists(folder)) throw new InvalidOperationException($"Faq:ContentPath: the folder '{folder}' does not exist.");
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var topics = new List<FaqTopic>();
        var items = new List<FaqItem>();
        foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            FaqFile file;
            try
            {
                file = yaml.Deserialize<FaqFile>(File.ReadAllText(path)) ?? new FaqFile();
            }
            catch (YamlDotNet.Core.YamlException ex)
            {
                throw new InvalidOperationException($"FAQ content {Path.GetFileName(path)}: {ex.Message}", ex);
            }
            topics.AddRange(file.Topics.Select(t => new FaqTopic(t.Key, t.Name, requestTypes.TryGetValue(t.Key, out var types) ? types : [])));
            items.AddRange(file.Items.Select(i => ToItem(i, Path.GetFileName(path))));
        }
        Check(topics, items);
        return new FaqLibrarySnapshot([.. topics], [.. items], Coverage(topics, items));
    }

    private static FaqItem ToItem(FaqFileItem item, string file)
    {
        if (string.IsNullOrWhiteSpace(item.Id)) throw new InvalidOperationException($"FAQ content {file}: an item has no id.");
        if (item.Version <= 0) throw new InvalidOperationException($"FAQ content {file}: item '{item.Id}' needs a version ≥ 1.");
        foreach (var language in item.Texts.Keys)
        {
            if (FaqLanguages.Find(language) is null)
                throw new InvalidOperationException($"FAQ content {file}: item '{item.Id}' has text in '{language}', which is not one of the library's languages.");
        }
        var texts = FaqLanguages.All
            .Where(l => item.Texts.TryGetValue(l.Code, out var t) && !string.IsNullOrWhiteSpace(t.Body))
            .Select(l => new FaqText(l.Code, item.Texts[l.Code].Title.Trim(), item.Texts[l.Code].Body.Trim()))
            .ToArray();
        return new FaqItem(item.Id, item.Topic, item.Version, texts);
    }

    private static void Check(List<FaqTopic> topics, List<FaqItem> items)
    {
        var duplicate = items.GroupBy(i => i.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"FAQ content: item id '{duplicate.Key}' appears twice.");
        var orphan = items.FirstOrDefault(i => topics.All(t => t.Key != i.Topic));
        if (orphan is not null) throw new InvalidOperationException($"FAQ content: item '{orphan.Id}' names topic '{orphan.Topic}', which no file declares.");
    }

    private static CoverageCell[] Coverage(List<FaqTopic> topics, List<FaqItem> items) =>
        topics.SelectMany(topic =>
        {
            var inTopic = items.Where(i => i.Topic == topic.Key).ToList();
            return FaqLanguages.All.Select(l => new CoverageCell(topic.Key, l.Code, inTopic.Count(i => i.TextIn(l.Code) is not null), inTopic.Count));
        }).ToArray();

    private static string ResolveFolder(string path, string root) => Path.IsPathRooted(path) ? path : Path.Combine(root, path);
}
