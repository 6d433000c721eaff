using System.Text.Json.Nodes;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.HostileInput;

/// <summary>One entry of <c>manifest.json</c>: a body file, where it is sent, and what the silo must answer.</summary>
public sealed record CorpusCase(
    string Name, string File, bool Bulk, string ContentType, int Status, string? Field,
    IReadOnlyList<ExpectedLine>? Lines, int Received, string? ExpandMarker, long ExpandBytes, bool Big)
{
    public static string Folder => Path.Combine(RepoRoot.Path, "tests", "Silo.Tests", "HostileInput");

    public static IReadOnlyList<CorpusCase> LoadAll()
    {
        var manifest = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(Folder, "manifest.json")))!;
        return manifest["cases"]!.AsArray().Select(node => From(node!.AsObject())).ToList();
    }

    public byte[] ReadBody() => System.IO.File.ReadAllBytes(Path.Combine(Folder, "corpus", File));

    public override string ToString() => $"{File} ({(Bulk ? "bulk" : "single")}, {ContentType})";

    private static CorpusCase From(JsonObject o) => new(
        o["name"]!.GetValue<string>(),
        o["file"]!.GetValue<string>(),
        o["endpoint"]!.GetValue<string>() == "bulk",
        o["contentType"]!.GetValue<string>(),
        o["status"]!.GetValue<int>(),
        o["field"]?.GetValue<string>(),
        o["lines"]?.AsArray().Select(l => new ExpectedLine(l![0]!.GetValue<int>(), l[1]!.GetValue<string>(), l.AsArray().Count > 2 ? l[2]!.GetValue<string>() : null)).ToList(),
        o["received"]?.GetValue<int>() ?? 0,
        o["expand"]?["marker"]?.GetValue<string>(),
        o["expand"]?["bytes"]?.GetValue<long>() ?? 0,
        o["big"]?.GetValue<bool>() ?? false);
}
