namespace Philly311.Ops.LoadTests.Runs;

/// <summary>The highest single-event rate that held the budget, and the first that broke it (null if none did within max).</summary>
internal sealed record KneeOutcome(double? KneeRate, double? BrokenAt, string? Reason);
