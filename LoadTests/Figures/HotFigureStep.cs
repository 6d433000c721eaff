namespace Philly311.Ops.LoadTests.Figures;

/// <summary>The hottest figure of one silo during one step, with the rate that step offered.</summary>
internal sealed record HotFigureStep(string Step, double OfferedPerSecond, string Silo, HotFigure Hottest);
