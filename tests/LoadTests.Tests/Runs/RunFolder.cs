using System.Text.Json;

namespace Philly311.Ops.LoadTests.Tests.Runs;

/// <summary>A temp folder for one run's report (tests never write into LoadTests/reports), and its summary.json.</summary>
public sealed class RunFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "p311-loadtest-" + Guid.NewGuid().ToString("N")[..8]);

    public string Report => Directory.GetDirectories(Path).ShouldHaveSingleItem();

    public JsonElement Summary()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(Report, "summary.json")));
        return doc.RootElement.Clone();
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (DirectoryNotFoundException) { }
    }
}
