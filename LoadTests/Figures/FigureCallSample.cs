namespace Philly311.Ops.LoadTests.Figures;

/// <summary>
/// One answer of a silo's <c>/api/diagnostics/figure-calls</c>: router calls per figure since the silo started (running totals),
/// as of the silo's clock, received at <see cref="Second"/> of the run's clock.
/// </summary>
internal sealed record FigureCallSample(double Second, DateTimeOffset AsOf, IReadOnlyDictionary<string, long> Calls);
