using Philly311.Ops.Contracts.Board;

namespace Philly311.Ops.Dashboard.Board;

/// <summary>Filtering and sorting of a counter table, kept apart from markup so it is plain to test.</summary>
public static class CounterRows
{
    /// <summary>
    /// Entries whose name or key contains <paramref name="filter"/> (any case), ordered by <paramref name="column"/>;
    /// ties are broken by name so rows don't jump around between frames. With <paramref name="hideIdle"/>, rows with
    /// nothing today, nothing open and nothing breached are left out (<see cref="IsIdle"/>).
    /// </summary>
    public static IReadOnlyList<CounterEntry> Select(
        IEnumerable<CounterEntry> entries, string? filter, CounterColumn column, bool descending,
        bool hideIdle = false, IReadOnlyDictionary<string, long>? breaches = null)
    {
        var matching = string.IsNullOrWhiteSpace(filter)
            ? entries
            : entries.Where(e => e.Name.Contains(filter.Trim(), StringComparison.OrdinalIgnoreCase)
                || e.Key.Contains(filter.Trim(), StringComparison.OrdinalIgnoreCase));
        if (hideIdle) matching = matching.Where(e => !IsIdle(e, breaches));
        var ordered = column == CounterColumn.Name
            ? Order(matching, e => e.Name, descending, StringComparer.CurrentCultureIgnoreCase)
            : Order(matching, e => ValueOf(e, column, breaches), descending, Comparer<long>.Default);
        return ordered.ThenBy(e => e.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>
    /// The first <paramref name="limit"/> of <paramref name="ordered"/> (already filtered and sorted), plus any later row with
    /// breached requests, so a late row is never hidden below the fold; at most twice the limit, in the given order.
    /// Null <paramref name="limit"/> keeps every row (the full list page).
    /// </summary>
    public static IReadOnlyList<CounterEntry> Top(
        IReadOnlyList<CounterEntry> ordered, int? limit, IReadOnlyDictionary<string, long>? breaches = null)
    {
        if (limit is not { } top || ordered.Count <= top) return ordered;
        var cap = top * 2;
        var kept = new List<CounterEntry>(top + 4);
        for (var i = 0; i < ordered.Count && kept.Count < cap; i++)
        {
            if (i < top || (breaches?.GetValueOrDefault(ordered[i].Key) ?? 0) > 0) kept.Add(ordered[i]);
        }
        return kept;
    }

    /// <summary>
    /// Nothing received or closed today, nothing open, nothing breached: the row says nothing a director acts on
    /// (its all-time count is history). Most rows of a quiet day are like this.
    /// </summary>
    public static bool IsIdle(CounterEntry entry, IReadOnlyDictionary<string, long>? breaches = null) =>
        entry.ReceivedToday == 0 && entry.Open == 0 && entry.ClosedToday == 0 && (breaches?.GetValueOrDefault(entry.Key) ?? 0) == 0;

    public static long ValueOf(CounterEntry entry, CounterColumn column, IReadOnlyDictionary<string, long>? breaches = null) => column switch
    {
        CounterColumn.ReceivedToday => entry.ReceivedToday,
        CounterColumn.Open => entry.Open,
        CounterColumn.ClosedToday => entry.ClosedToday,
        CounterColumn.Received => entry.Received,
        CounterColumn.Breached => breaches?.GetValueOrDefault(entry.Key) ?? 0,
        _ => 0,
    };

    public static string HeaderOf(CounterColumn column) => column switch
    {
        CounterColumn.ReceivedToday => "Received today",
        CounterColumn.Open => "Open",
        CounterColumn.ClosedToday => "Closed today",
        CounterColumn.Received => "All time",
        CounterColumn.Breached => "Breached",
        _ => "Name",
    };

    /// <summary>The header button's accessible name: one shared string per column, not one per table and render.</summary>
    public static string SortLabelOf(CounterColumn column) => column switch
    {
        CounterColumn.ReceivedToday => "Sort by Received today",
        CounterColumn.Open => "Sort by Open",
        CounterColumn.ClosedToday => "Sort by Closed today",
        CounterColumn.Received => "Sort by All time",
        CounterColumn.Breached => "Sort by Breached",
        _ => "Sort by Name",
    };

    /// <summary>The phone header: the same column in a word, so every number keeps its column at 375 px.</summary>
    public static string ShortHeaderOf(CounterColumn column) => column switch
    {
        CounterColumn.ReceivedToday => "Today",
        CounterColumn.ClosedToday => "Closed",
        CounterColumn.Received => "All",
        CounterColumn.Breached => "Late",
        _ => HeaderOf(column),
    };

    private static IOrderedEnumerable<CounterEntry> Order<TKey>(
        IEnumerable<CounterEntry> entries, Func<CounterEntry, TKey> key, bool descending, IComparer<TKey> comparer) =>
        descending ? entries.OrderByDescending(key, comparer) : entries.OrderBy(key, comparer);
}
