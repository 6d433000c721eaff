using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Infrastructure;

/// <summary>Files of the repository the product ships, as the tests read them.</summary>
public static class RepoFiles
{
    public static string SampleDayCsv => Path.Combine(RepoRoot.Path, "LoadTests", "Data", "philly311_2025-02-14_eagles_parade_day_sample.csv");

    public static string GeographyData => Path.Combine(RepoRoot.Path, "Silo", "Geography", "Data");
}
