using Philly311.Ops.LoadTests.Cli;
using Philly311.Ops.LoadTests.Runs;
using Philly311.Ops.LoadTests.Tests.StandIn;

namespace Philly311.Ops.LoadTests.Tests.Runs;

/// <summary>The whole tool, against the stand-in silo and hub: fast, and independent of the real silo's state of progress.</summary>
public sealed class SurgeAgainstStandInTests
{
    [Fact(Timeout = 60_000)]
    public async Task SmokeAgainstTheStandInAddsUpAndWritesEveryFile()
    {
        await using var silo = await StandInSilo.StartAsync();
        using var folder = new RunFolder();
        var url = silo.Url.ToString();
        var options = SurgeOptions.From("smoke", CommandLine.Parse(
            ["--target", url, "--dashboard", url, "--api-key", StandInSilo.ApiKey, "--hub-key", StandInSilo.HubKey, "--display-token", StandInSilo.DisplayToken, "--out", folder.Path], SurgeOptions.Flags));

        var code = await SurgeCommand.RunAsync(options, TestContext.Current.CancellationToken);

        code.ShouldBe(ExitCodes.Ok);
        foreach (var file in new[] { "report.md", "report.html", "timeline.csv", "summary.json", "latency.svg", "memory.svg" })
            File.Exists(Path.Combine(folder.Report, file)).ShouldBeTrue(file);
        var summary = folder.Summary();
        var sent = summary.GetProperty("sent").GetInt64();
        var acknowledged = summary.GetProperty("acknowledged").GetInt64();
        sent.ShouldBeGreaterThan(500);
        sent.ShouldBe(acknowledged + summary.GetProperty("rejected").GetInt64() + summary.GetProperty("failed").GetInt64());
        (summary.GetProperty("cityAfter").GetInt64() - summary.GetProperty("cityBefore").GetInt64()).ShouldBe(summary.GetProperty("accepted").GetInt64());
        summary.GetProperty("updated").GetInt64().ShouldBe(0, "the stand-in answers later versions as duplicates");
        summary.GetProperty("notAvailable").GetInt64().ShouldBeGreaterThan(0, "the stand-in has no contact endpoint");
        summary.GetProperty("glassSamples").GetInt64().ShouldBeGreaterThan(0);
        var markdown = await File.ReadAllTextAsync(Path.Combine(folder.Report, "report.md"), TestContext.Current.CancellationToken);
        markdown.TrimEnd().Split('\n')[^1].ShouldContain("kill -9", Case.Insensitive, "the report ends with the budgets");
        markdown.ShouldContain("not available on target");
    }
}
