namespace Philly311.Ops.LoadTests.Figures;

/// <summary>
/// What a run measured of the hot-key budget: per step and silo, the hottest figure; <see cref="Unavailable"/> says why a
/// silo could not be sampled (e.g. "404": a silo without the diagnostics endpoint).
/// </summary>
internal sealed record FigureCallSummary(IReadOnlyList<HotFigureStep> Steps, IReadOnlyList<string> Silos, string? Unavailable, long Samples);
