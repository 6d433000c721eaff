namespace Philly311.Ops.LoadTests.Breaches;

/// <summary>What one breach-lag run measured.</summary>
internal sealed record BreachLagRun(
    DateTimeOffset StartedAt,
    TimeSpan LoadTook,
    int Refused,
    int Loaded,
    int Reads,
    int ReadFailures,
    TimeSpan Watched,
    long FinalTotal,
    long DueBudgetBeforeLastRead,
    long DueByLastRead,
    IReadOnlyList<(DateTimeOffset At, long Total)> Seen,
    BreachLags Lags);
