using Philly311.Ops.Contracts.Board;

namespace Philly311.Ops.Dashboard.Board;

/// <summary>Filtering and sorting of a counter table, kept apart from markup so it is plain to test.</summary>
public static class CounterRows
{
    /// <summary>
    /// Entries whose name or key contains <paramref name="filter"/> (any case), ordered by <paramref name="column"/>;
    /// ties are broken by name so rows don't jump around between frames.
    /// </summary>
    public static IReadOnlyList<CounterEntry> Select(
        IEnumerable<CounterEntry> entries, string? filter, CounterColumn column, bool descending)
    {
        var matching = string.IsNullOrWhiteSpace(filter)
            ? entries
            : entries.Where(e => e.Name.Contains(filter.Trim(), StringComparison.OrdinalIgnoreCase)
                || e.Key.Contains(filter.Trim(), StringComparison.OrdinalIgnoreCase));
        var ordered = column == CounterColumn.Name
            ? Order(matching, e => e.Name, descending, StringComparer.CurrentCultureIgnoreCase)
            : Order(matching, e => ValueOf(e, column), descending, Comparer<long>.Default);
        return ordered.ThenBy(e => e.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    public static long ValueOf(CounterEntry entry, CounterColumn column) => column switch
    {
        CounterColumn.ReceivedToday => entry.ReceivedToday,
        CounterColumn.Open => entry.Open,
        CounterColumn.ClosedToday => entry.ClosedToday,
        CounterColumn.Received => entry.Received,
        _ => 0,
    };

    public static string HeaderOf(CounterColumn column) => column switch
    {
        CounterColumn.ReceivedToday => "Received today",
        CounterColumn.Open => "Open",
        CounterColumn.ClosedToday => "Closed today",
        CounterColumn.Received => "All time",
        _ => "Name",
    };

    private static IOrderedEnumerable<CounterEntry> Order<TKey>(
        IEnumerable<CounterEntry> entries, Func<CounterEntry, TKey> key, bool descending, IComparer<TKey> comparer) =>
        descending ? entries.OrderByDescending(key, comparer) : entries.OrderBy(key, comparer);
}
