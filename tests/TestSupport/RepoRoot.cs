namespace Philly311.Ops.TestSupport;

/// <summary>The repository the tests run from, found by walking up from the test's output folder to the solution file.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    /// <summary>The built dll of a project: Release when it exists (what test.sh builds), else Debug.</summary>
    public static string Dll(string project, string dll)
    {
        var release = System.IO.Path.Combine(Path, project, "bin", "Release", "net10.0");
        var folder = Directory.Exists(release) ? release : System.IO.Path.Combine(Path, project, "bin", "Debug", "net10.0");
        var path = System.IO.Path.Combine(folder, dll);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build {project} first (./test.sh does)", path);
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Philly311.Ops.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Philly311.Ops.sln not found above " + AppContext.BaseDirectory);
    }
}
