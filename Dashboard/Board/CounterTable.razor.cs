using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Board;

/// <summary>
/// Counters of one dimension (departments, neighborhoods, ZIPs): sortable by any column or by the volume / open /
/// breach control, filtered by a quick search box, idle rows hidden unless asked for. Sort, filter and the toggle
/// survive new frames, so a director's view does not reset every second.
/// </summary>
public sealed partial class CounterTable
{
    private string? _filter;
    private CounterColumn _sort = CounterColumn.Open;
    private bool _descending = true;
    private bool _showIdle;
    private int _idleCount;
    private IReadOnlyList<CounterEntry> _rows = [];

    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    [Parameter, EditorRequired]
    public IReadOnlyList<CounterEntry> Entries { get; set; } = [];

    [Parameter, EditorRequired]
    public BoardFreshness Freshness { get; set; } = BoardFreshness.Waiting;

    /// <summary>Breached requests per key; null while no breach source is wired (no column, the breach sort disabled).</summary>
    [Parameter]
    public IReadOnlyDictionary<string, long>? Breaches { get; set; }

    /// <summary>Where a row's name links to (<c>departments</c> → <c>departments/{key}</c>); null for no link.</summary>
    [Parameter]
    public string? DrillBase { get; set; }

    private IReadOnlyList<CounterColumn> Columns =>
        Enum.GetValues<CounterColumn>().Where(c => c != CounterColumn.Breached || Breaches is not null).ToArray();

    private string EmptyText => !string.IsNullOrWhiteSpace(_filter) ? $"Nothing matches “{_filter}”."
        : _idleCount > 0 ? "Nothing open or received today; tick “Show idle rows” to see the rest." : "No rows yet.";

    protected override void OnParametersSet()
    {
        // The breach source can go away (or never come): never sort by a column that is not shown.
        if (_sort == CounterColumn.Breached && Breaches is null) (_sort, _descending) = (CounterColumn.Open, true);
        Refresh();
    }

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

    private void SortDescending(CounterColumn column)
    {
        _sort = column;
        _descending = true;
        Refresh();
    }

    private void ToggleIdle(ChangeEventArgs change)
    {
        _showIdle = change.Value is true;
        Refresh();
    }

    private void Refresh()
    {
        _idleCount = Entries.Count(e => CounterRows.IsIdle(e, Breaches));
        _rows = CounterRows.Select(Entries, _filter, _sort, _descending, hideIdle: !_showIdle, Breaches);
    }

    private string Pressed(CounterColumn column) => column == _sort && _descending ? "true" : "false";

    private string AriaSort(CounterColumn column) =>
        column != _sort ? "none" : _descending ? "descending" : "ascending";

    private string Arrow(CounterColumn column) => column != _sort ? "" : _descending ? " ▼" : " ▲";

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
