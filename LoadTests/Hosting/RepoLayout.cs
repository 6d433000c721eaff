namespace Philly311.Ops.LoadTests.Hosting;

/// <summary>Where the repository and its Release builds are, found by walking up to Philly311.Ops.sln.</summary>
internal static class RepoLayout
{
    public static string? Root { get; } = Find(AppContext.BaseDirectory) ?? Find(Environment.CurrentDirectory);

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Philly311.Ops.sln"))) return dir.FullName;
        }
        return null;
    }

    /// <summary>The built dll of a project, Release when it exists (what test.sh and run.sh build), else Debug.</summary>
    public static string Dll(string project, string dll)
    {
        var root = Root ?? throw new InvalidOperationException("Philly311.Ops.sln not found above " + AppContext.BaseDirectory);
        foreach (var configuration in new[] { "Release", "Debug" })
        {
            var path = Path.Combine(root, project, "bin", configuration, "net10.0", dll);
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException($"{project} is not built: run `dotnet build -c Release` first.", dll);
    }

    /// <summary>Committed reports live in LoadTests/reports; outside the repo, next to the working directory.</summary>
    public static string ReportsFolder => Root is { } root ? Path.Combine(root, "LoadTests", "reports") : Path.Combine(Environment.CurrentDirectory, "reports");
}
