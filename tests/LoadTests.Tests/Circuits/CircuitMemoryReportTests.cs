using Philly311.Ops.LoadTests.Circuits;
using Philly311.Ops.LoadTests.Cli;

namespace Philly311.Ops.LoadTests.Tests.Circuits;

public sealed class CircuitMemoryReportTests
{
    private static MemoryStep Step(int tabs, long live) => new(tabs, [new HeapReading(live, live, 200_000_000, 3, "Induced")]);

    [Fact]
    public void ABoardOverTheBudgetFailsTheRunAndTheReportSaysByHowMuch()
    {
        var board = new CircuitSeries("board", "/", [Step(0, 20_000_000), Step(5, 25_000_000), Step(10, 30_000_000), Step(20, 40_000_000)], null, null, TimeSpan.Zero,
            [new TypeGrowth("RenderTreeFrame[]", 250, 900_000)]);
        var wallboard = new CircuitSeries("wallboard", "/wallboard?token=…", [Step(0, 20_000_000), Step(5, 20_500_000), Step(10, 21_000_000), Step(20, 22_000_000)], null, null, TimeSpan.Zero, []);
        var options = CircuitMemoryOptions.From(CommandLine.Parse([], CircuitMemoryOptions.Flags));
        var run = new CircuitMemoryRun(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "test", "none", [board, wallboard], options);

        var md = CircuitMemoryReport.Markdown(run);

        run.Verdict.Outcome.ShouldBe(CircuitJudgement.Fail);
        md.ShouldStartWith("# circuit-memory — FAIL");
        md.ShouldContain("| a board circuit ≤ 300 KB | **1000.0 KB per circuit**");
        md.ShouldContain("**100.0 KB per circuit**");
        md.ShouldContain("| `RenderTreeFrame[]` | 250.0 | 900.0 |");
    }
}
