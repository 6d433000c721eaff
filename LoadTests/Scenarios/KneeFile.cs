namespace Philly311.Ops.LoadTests.Scenarios;

internal sealed class KneeFile
{
    public double Start { get; set; }
    public double Step { get; set; }
    public double Max { get; set; }
    public string? Hold { get; set; }
    public int? Subscribers { get; set; }
    public double GlassP99Ms { get; set; } = 250;
    public double IngestP99Ms { get; set; } = 500;
    public double ErrorRate { get; set; } = 0.01;
    public double RunTo { get; set; }
}
