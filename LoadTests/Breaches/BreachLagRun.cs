namespace Philly311.Ops.LoadTests.Breaches;

/// <summary>What one breach-lag run measured.</summary>
internal sealed record BreachLagRun(
    DateTimeOffset StartedAt,
    TimeSpan LoadTook,
    int Refused,
    long OpenAtStart,
    int Reads,
    int ReadFailures,
    long FinalTotal,
    long ExpectedFinal,
    IReadOnlyList<(DateTimeOffset At, long Total)> Seen,
    BreachLags Lags);
