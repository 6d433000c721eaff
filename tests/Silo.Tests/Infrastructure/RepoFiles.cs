namespace Philly311.Ops.Silo.Tests.Infrastructure;

/// <summary>Finds files of the repository (the data the product ships) from the test's output folder.</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string SampleDayCsv => Path.Combine(Root, "LoadTests", "Data", "philly311_2025-02-14_eagles_parade_day_sample.csv");

    public static string GeographyData => Path.Combine(Root, "Silo", "Geography", "Data");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Philly311.Ops.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Philly311.Ops.sln not found above " + AppContext.BaseDirectory);
    }
}
