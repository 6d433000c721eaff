using System.Diagnostics;
using Philly311.Ops.LoadTests.Cli;
using Philly311.Ops.LoadTests.Runs;

namespace Philly311.Ops.LoadTests.Tests.Runs;

/// <summary>
/// The acceptance test: `smoke` against the real system the tool starts itself (redis-server, the silo and the
/// dashboard from their Release builds, found from the repository root), within a minute, and its report adds up.
/// </summary>
public sealed class SmokeScenarioTests
{
    [Fact(Timeout = 60_000)]
    public async Task SmokeStartsTheSystemAndItsReportAddsUp()
    {
        using var folder = new RunFolder();
        var options = SurgeOptions.From("smoke", CommandLine.Parse(["--out", folder.Path], SurgeOptions.Flags));
        var clock = Stopwatch.StartNew();

        var code = await SurgeCommand.RunAsync(options, TestContext.Current.CancellationToken);

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
        code.ShouldBe(ExitCodes.Ok);
        foreach (var file in new[] { "report.md", "report.html", "timeline.csv", "summary.json" })
            File.Exists(Path.Combine(folder.Report, file)).ShouldBeTrue(file);
        var summary = folder.Summary();
        var sent = summary.GetProperty("sent").GetInt64();
        var acknowledged = summary.GetProperty("acknowledged").GetInt64();
        var errors = summary.GetProperty("rejected").GetInt64() + summary.GetProperty("failed").GetInt64();
        sent.ShouldBeGreaterThan(0);
        sent.ShouldBe(acknowledged + errors, "events sent = acknowledged + errors");
        errors.ShouldBe(0);
        var cityDelta = summary.GetProperty("cityAfter").GetInt64() - summary.GetProperty("cityBefore").GetInt64();
        // Contact and agent events are accepted too; the city counts service requests only.
        cityDelta.ShouldBe(summary.GetProperty("acceptedRequests").GetInt64(), "the system's city total moved by exactly the acknowledged new requests");
        summary.GetProperty("accepted").GetInt64().ShouldBeGreaterThanOrEqualTo(cityDelta);
        summary.GetProperty("updated").GetInt64().ShouldBeGreaterThan(0);
        summary.GetProperty("glassSamples").GetInt64().ShouldBeGreaterThan(0, "the dashboard pushed frames to the hub subscribers");
    }
}
