namespace Philly311.Ops.LoadTests.Circuits;

/// <summary>What a <c>circuit-memory</c> run measured: on which system, fed how, and each page's series.</summary>
internal sealed record CircuitMemoryRun(
    DateTimeOffset StartedAt, DateTimeOffset EndedAt, string System, string Feed, IReadOnlyList<CircuitSeries> Series, CircuitMemoryOptions Options)
{
    public CircuitSeries? Board => Series.FirstOrDefault(s => s.Series == "board");

    public CircuitVerdict Verdict => Board?.Verdict ?? new CircuitVerdict(CircuitJudgement.Inconclusive, "the board series did not run");
}
