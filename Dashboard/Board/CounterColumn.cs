namespace Philly311.Ops.Dashboard.Board;

/// <summary>The sortable columns of a counter table, in display order.</summary>
public enum CounterColumn
{
    Name,
    ReceivedToday,
    Open,
    ClosedToday,
    Received,

    /// <summary>Breached open requests: shown only when a breach source is wired (<see cref="IBreachCounts"/>).</summary>
    Breached,
}
