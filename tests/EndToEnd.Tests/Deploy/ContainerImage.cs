using System.Text.Json;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.EndToEnd.Tests.Deploy;

/// <summary>What the final stage of a deploy/docker Dockerfile gives its container: base image, ENV, USER, ENTRYPOINT.</summary>
public sealed record ContainerImage(string BaseImage, IReadOnlyDictionary<string, string> Environment, string User, IReadOnlyList<string> Entrypoint)
{
    public static string Folder { get; } = Path.Combine(RepoRoot.Path, "deploy", "docker");

    public static ContainerImage Of(string app) => Parse(File.ReadAllLines(Path.Combine(Folder, app + ".Dockerfile")));

    public static ContainerImage Parse(IEnumerable<string> lines)
    {
        string baseImage = "", user = "";
        Dictionary<string, string> environment = [];
        IReadOnlyList<string> entrypoint = [];
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var space = line.IndexOf(' ');
            var (instruction, rest) = space < 0 ? (line, "") : (line[..space].ToUpperInvariant(), line[(space + 1)..].Trim());
            switch (instruction)
            {
                case "FROM":
                    // A new stage: only the last one's settings reach the container.
                    baseImage = rest.Split(' ')[0];
                    environment = [];
                    user = "";
                    entrypoint = [];
                    break;
                case "ENV":
                    var equals = rest.IndexOf('=');
                    if (equals < 0) throw new FormatException($"ENV without '=' (one KEY=value per line here): {line}");
                    environment[rest[..equals]] = rest[(equals + 1)..];
                    break;
                case "USER":
                    user = rest;
                    break;
                case "ENTRYPOINT":
                    entrypoint = JsonSerializer.Deserialize<string[]>(rest) ?? throw new FormatException("ENTRYPOINT must be the exec (JSON) form: " + line);
                    break;
            }
        }
        return new ContainerImage(baseImage, environment, user, entrypoint);
    }
}
