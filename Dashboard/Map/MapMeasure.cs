namespace Philly311.Ops.Dashboard.Map;

/// <summary>What the neighborhood map is colored by.</summary>
public enum MapMeasure
{
    Open,
    Breaches,
}
