using System.Globalization;
using Microsoft.AspNetCore.Components;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Board;

/// <summary>
/// Counters of one dimension (departments, neighborhoods, ZIPs): sortable by any column, filtered by a quick
/// search box. Sort and filter survive new frames, so a director's view does not reset every second.
/// </summary>
public sealed partial class CounterTable
{
    private string? _filter;
    private CounterColumn _sort = CounterColumn.Open;
    private bool _descending = true;
    private IReadOnlyList<CounterEntry> _rows = [];

    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    [Parameter, EditorRequired]
    public IReadOnlyList<CounterEntry> Entries { get; set; } = [];

    [Parameter, EditorRequired]
    public BoardFreshness Freshness { get; set; } = BoardFreshness.Waiting;

    protected override void OnParametersSet() => Refresh();

    private void OnFilterChanged(string? filter)
    {
        _filter = filter;
        Refresh();
    }

    private void SortBy(CounterColumn column)
    {
        // Same column flips the direction; a new one starts where it is most useful: names A→Z, counts largest first.
        _descending = column == _sort ? !_descending : column != CounterColumn.Name;
        _sort = column;
        Refresh();
    }

    private void Refresh() => _rows = CounterRows.Select(Entries, _filter, _sort, _descending);

    private string AriaSort(CounterColumn column) =>
        column != _sort ? "none" : _descending ? "descending" : "ascending";

    private string Arrow(CounterColumn column) => column != _sort ? "" : _descending ? " ▼" : " ▲";

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
