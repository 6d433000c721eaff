namespace Philly311.Ops.LoadTests.Scenarios;

/// <summary>Weights of each traffic kind; they need not sum to anything.</summary>
internal sealed class TrafficFile
{
    public double Request { get; set; }
    public double Update { get; set; }
    public double Bulk { get; set; }
    public double Contact { get; set; }
    public double Agent { get; set; }
    public double Faq { get; set; }
}
