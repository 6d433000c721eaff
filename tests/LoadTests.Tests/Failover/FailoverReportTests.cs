using Philly311.Ops.LoadTests.Failover;
using Philly311.Ops.LoadTests.Reports;

namespace Philly311.Ops.LoadTests.Tests.Failover;

public sealed class FailoverReportTests
{
    private static readonly FailoverOptions Options = new(10, 500, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(15), true, "city", null);

    private static FailoverResult Run(GapStats? around, string? unavailable = null) =>
        new("dashboard-failover-1", DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(30), "stand-in", Options, unavailable,
            unavailable is null ? 13.0 : null, 12, 28, new GapStats(10, 10, 300, 0.4, 0.4, 0.3), around, new GapStats(10, 10, 300, 0.4, 0.4, 0.3),
            new Recovery(10, 10, 10, 10, 0.2, 0.5, 0.4, 0.9), 100, 100, 0, 5, 105, 100, [], [], new Dictionary<string, long>(), []);

    [Fact]
    public void AsLongestGapIsJudgedAtOneAndAHalfSeconds()
    {
        FailoverReport.Verdict(Run(new GapStats(10, 10, 300, 1.5, 1.2, 0.3))).Verdict.ShouldBe(Verdict.Pass);
        FailoverReport.Verdict(Run(new GapStats(10, 10, 300, 1.51, 1.2, 0.3))).Verdict.ShouldBe(Verdict.Fail);
        FailoverReport.Verdict(Run(new GapStats(10, 10, 300, 1.51, 1.2, 0.3))).Figure.ShouldContain("longest gap 1.51 s");
    }

    [Fact]
    public void NoFramesAtAllFailsAndNoSystemIsNotMeasured()
    {
        FailoverReport.Verdict(Run(new GapStats(10, 0, 0, 15, 15, 15))).Verdict.ShouldBe(Verdict.Fail);
        var unmeasured = FailoverReport.Verdict(Run(null, "two dashboards needed, 1 came up"));
        unmeasured.Verdict.ShouldBe(Verdict.NotMeasured);
        unmeasured.Figure.ShouldContain("two dashboards needed");
        FailoverReport.Verdict(Run(null)).Verdict.ShouldBe(Verdict.NotMeasured, "B was never killed");
    }

    [Fact]
    public void TheReportEndsWithTheBudgetAndChecksTheCounts()
    {
        var run = Run(new GapStats(10, 10, 300, 0.9, 0.8, 0.3));

        var markdown = MarkdownReport.Render("t", FailoverReport.Build(run)).TrimEnd();

        markdown.Split('\n')[^1].ShouldStartWith("| PASS | kill -9");
        FailoverReport.Checks(run).ShouldAllBe(c => c.Pass);
        FailoverReport.Checks(run with { CityAfter = 104 }).Count(c => !c.Pass).ShouldBe(1);
    }
}
