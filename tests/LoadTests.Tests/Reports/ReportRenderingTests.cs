using Philly311.Ops.LoadTests.Reports;

namespace Philly311.Ops.LoadTests.Tests.Reports;

public sealed class ReportRenderingTests
{
    [Fact]
    public void TheMarkdownEndsWithTheBudgets()
    {
        var run = SampleRun.With();

        var markdown = MarkdownReport.Render("t", ReportDocument.Build(run)).TrimEnd();

        var budgets = markdown.LastIndexOf("## Budgets (DESIGN.md)", StringComparison.Ordinal);
        var checks = markdown.LastIndexOf("## Count checks", StringComparison.Ordinal);
        checks.ShouldBeGreaterThanOrEqualTo(0, "the report has count checks");
        budgets.ShouldBeGreaterThan(checks);
        markdown[budgets..].Split('\n').Count(l => l.StartsWith("| PASS", StringComparison.Ordinal) || l.StartsWith("| FAIL", StringComparison.Ordinal) || l.StartsWith("| NOT", StringComparison.Ordinal))
            .ShouldBe(8, "one row per budget: ingest, glass, queue glass, hottest figure, bulk, memory, silo kill, dashboard kill");
    }

    [Fact]
    public void TheHtmlIsOneSelfContainedFileWithInlineCharts()
    {
        var html = HtmlReport.Render("t <&>", ReportDocument.Build(SampleRun.With()));

        html.ShouldContain("<svg");
        html.ShouldContain("t &lt;&amp;&gt;");
        html.ShouldNotContain("<script");
        html.ShouldNotContain("src=\"http");
        html.ShouldNotContain("href=\"http");
    }

    [Theory]
    [InlineData(0.3, 0.5)]
    [InlineData(7, 10)]
    [InlineData(120, 200)]
    [InlineData(4_999, 5_000)]
    [InlineData(5_001, 10_000)]
    [InlineData(0, 1)]
    public void ChartScalesRoundUpToOneTwoOrFive(double max, double ceiling)
    {
        SvgChart.NiceCeiling(max).ShouldBe(ceiling, 1e-9);
    }
}
