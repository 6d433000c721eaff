using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Board;

/// <summary>
/// Counters of one dimension (departments, neighborhoods, ZIPs): sortable by any column or by the volume / open /
/// breach control, filtered by a quick search box, idle rows hidden unless asked for. Sort, filter and the toggle
/// survive new frames, so a director's view does not reset every second. With <see cref="Limit"/> (the board) only the
/// top rows by the current sort are rendered — plus any breached row — and the rest are one link away: a circuit keeps
/// every frame it rendered, so a 158-row table on every director's board is most of the server's memory per tab.
/// </summary>
public sealed partial class CounterTable
{
    private string? _filter;
    private CounterColumn _sort = CounterColumn.Open;
    private bool _descending = true;
    private bool _showIdle;
    private int _idleCount;
    private bool _expanded;
    private int _matchedCount;
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

    /// <summary>Rows rendered at most (breached rows beyond it still shown, up to twice as many); null renders all.</summary>
    [Parameter]
    public int? Limit { get; set; }

    /// <summary>The full list's page ("N more — show all" links there); null expands this table in place instead.</summary>
    [Parameter]
    public string? ListHref { get; set; }

    private static readonly CounterColumn[] AllColumns = Enum.GetValues<CounterColumn>();
    private static readonly CounterColumn[] ColumnsWithoutBreaches = AllColumns.Where(c => c != CounterColumn.Breached).ToArray();

    // The long (desk) and short (phone) header words: static, so one shared markup frame per column.
    // A header's words and its sort arrow as one shared string per column and arrow: one frame per header, not five.
    private static readonly MarkupString[][] HeaderMarkup = AllColumns
        .Select(c => new[] { "", " ▼", " ▲" }
            .Select(arrow => new MarkupString($"<span class=\"header-long\">{CounterRows.HeaderOf(c)}</span><span class=\"header-short\" aria-hidden=\"true\">{CounterRows.ShortHeaderOf(c)}</span><span class=\"sort-arrow\">{arrow}</span>"))
            .ToArray())
        .ToArray();

    private IReadOnlyList<CounterColumn> Columns => Breaches is null ? ColumnsWithoutBreaches : AllColumns;

    private int MoreCount => _matchedCount - _rows.Count;

    private string EmptyText => !string.IsNullOrWhiteSpace(_filter) ? $"Nothing matches “{_filter}”."
        : _idleCount > 0 ? "Nothing open or received today; tick “Show idle rows” to see the rest." : "No rows yet.";

    protected override void OnParametersSet()
    {
        // The breach source can go away (or never come): never sort by a column that is not shown.
        if (_sort == CounterColumn.Breached && Breaches is null) (_sort, _descending) = (CounterColumn.Open, true);
        Refresh();
    }

    private void OnFilterInput(ChangeEventArgs change)
    {
        _filter = change.Value as string;
        Refresh();
    }

    private void Expand()
    {
        _expanded = true;
        Refresh();
    }

    private void SortByVolume() => SortDescending(CounterColumn.ReceivedToday);

    private void SortByOpen() => SortDescending(CounterColumn.Open);

    private void SortByBreach() => SortDescending(CounterColumn.Breached);

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
        var matched = CounterRows.Select(Entries, _filter, _sort, _descending, hideIdle: !_showIdle, Breaches);
        _matchedCount = matched.Count;
        _rows = CounterRows.Top(matched, _expanded ? null : Limit, Breaches);
    }

    private string Pressed(CounterColumn column) => column == _sort && _descending ? "true" : "false";

    private string AriaSort(CounterColumn column) =>
        column != _sort ? "none" : _descending ? "descending" : "ascending";

    private MarkupString Header(CounterColumn column) => HeaderMarkup[(int)column][column != _sort ? 0 : _descending ? 1 : 2];
}
