using System.Text;
using Philly311.Ops.Contracts.Faq;

namespace Philly311.Ops.LoadTests.Push;

/// <summary>
/// The budget needs 12 items in all 11 languages, and the shipped library has two: this writes a load-test library whose
/// every text says it is a placeholder, so nothing here can pass for a translation. It never leaves the run's temp folder.
/// </summary>
internal static class PlaceholderLibrary
{
    public static readonly string[] Languages = [.. FaqLanguages.All.Select(l => l.Code)];

    public static string[] Items { get; } = Enumerable.Range(1, 12).Select(i => $"load-item-{i:00}").ToArray();

    public static string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var yaml = new StringBuilder("topics:\n  - key: load\n    name: Load test\nitems:\n");
        foreach (var item in Items)
        {
            yaml.Append($"  - id: {item}\n    topic: load\n    version: 1\n    texts:\n");
            foreach (var language in Languages)
                yaml.Append($"      {language}: {{ title: \"LOAD TEST {item} {language}\", body: \"LOAD-TEST PLACEHOLDER — not a translation ({language}).\" }}\n");
        }
        File.WriteAllText(Path.Combine(folder, "load.yaml"), yaml.ToString());
        return folder;
    }
}
