using YamlDotNet.RepresentationModel;

namespace Philly311.Ops.EndToEnd.Tests.Deploy;

/// <summary>Reading a parsed manifest by key; a missing key is null, not an exception, so a test can say what is missing.</summary>
public static class YamlNodes
{
    public static YamlMappingNode? Map(this YamlNode? node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child as YamlMappingNode : null;

    public static string? Text(this YamlNode? node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var child) ? (child as YamlScalarNode)?.Value : null;

    public static IReadOnlyList<YamlNode> List(this YamlNode? node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlSequenceNode list
            ? list.Children.ToList()
            : [];

    public static IReadOnlyDictionary<string, string> Strings(this YamlMappingNode? map) =>
        map?.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => (p.Value as YamlScalarNode)?.Value ?? "") ?? [];

    /// <summary>Every mapping anywhere under <paramref name="node"/> (itself included), for rules that hold wherever a key appears.</summary>
    public static IEnumerable<YamlMappingNode> AllMaps(this YamlNode node)
    {
        if (node is YamlMappingNode map)
        {
            yield return map;
            foreach (var child in map.Children.Values.SelectMany(AllMaps)) yield return child;
        }
        else if (node is YamlSequenceNode list)
        {
            foreach (var child in list.Children.SelectMany(AllMaps)) yield return child;
        }
    }
}
