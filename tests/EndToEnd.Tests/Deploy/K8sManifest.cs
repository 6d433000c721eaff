using Philly311.Ops.TestSupport;
using YamlDotNet.RepresentationModel;

namespace Philly311.Ops.EndToEnd.Tests.Deploy;

/// <summary>One document of a file in deploy/k8s.</summary>
public sealed record K8sManifest(string File, YamlMappingNode Root)
{
    public static string Folder { get; } = Path.Combine(RepoRoot.Path, "deploy", "k8s");

    /// <summary>Every document of every *.yaml in deploy/k8s.</summary>
    public static IReadOnlyList<K8sManifest> All { get; } = Load();

    public string Kind => Root.Text("kind") ?? "";

    public string Name => Root.Map("metadata").Text("name") ?? "";

    /// <summary>The pod template of a Deployment or StatefulSet, else null.</summary>
    public YamlMappingNode? PodTemplate => Kind is "Deployment" or "StatefulSet" ? Root.Map("spec").Map("template") : null;

    public IReadOnlyList<YamlMappingNode> Containers => PodTemplate.Map("spec").List("containers").OfType<YamlMappingNode>().ToList();

    public static K8sManifest Workload(string name) => All.Single(m => m.PodTemplate is not null && m.Name == name);

    public override string ToString() => $"{System.IO.Path.GetFileName(File)}: {Kind}/{Name}";

    private static List<K8sManifest> Load()
    {
        List<K8sManifest> documents = [];
        foreach (var file in Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(file)) stream.Load(reader);
            documents.AddRange(stream.Documents.Select(d => new K8sManifest(file, (YamlMappingNode)d.RootNode)));
        }
        return documents;
    }
}
