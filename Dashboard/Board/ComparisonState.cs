namespace Philly311.Ops.Dashboard.Board;

/// <summary>Where the chart's last-week line stands: a fetched day can have no data, and the silo can be away.</summary>
public enum ComparisonState
{
    Loading,
    Shown,
    NoData,
    Unavailable,
}
