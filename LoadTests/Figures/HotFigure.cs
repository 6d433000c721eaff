namespace Philly311.Ops.LoadTests.Figures;

/// <summary>
/// The figure that got the most router calls a second on one silo within a window: its highest rate over one sampling
/// interval, its mean over the window, and how many intervals the window held.
/// </summary>
internal sealed record HotFigure(string Figure, double MaxPerSecond, double MeanPerSecond, int Intervals);
