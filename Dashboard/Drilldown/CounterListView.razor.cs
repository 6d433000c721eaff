using Microsoft.AspNetCore.Components;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Dashboard.Board;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Drilldown;

/// <summary>
/// The full list behind a board table's "N more — show all": every row of one dimension, with the table's sort,
/// filter and idle toggle, its rows linking on to the per-key drill-downs where there is one.
/// </summary>
public sealed partial class CounterListView : LiveBoardComponentBase, IDisposable
{
    private IDisposable? _breachWatch;

    [Inject]
    private IBreachCounts BreachCounts { get; set; } = default!;

    /// <summary>The figure dimension: department, neighborhood, service or zip (<see cref="FigureDimension"/>).</summary>
    [Parameter, EditorRequired]
    public string Dimension { get; set; } = "";

    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    /// <summary>Where a row links to (<c>departments</c> → <c>departments/{key}</c>); null for no per-key page.</summary>
    [Parameter]
    public string? DrillBase { get; set; }

    protected override void OnInitialized()
    {
        base.OnInitialized();
        _breachWatch = BreachCounts.Subscribe(() => _ = InvokeAsync(StateHasChanged));
    }

    private IReadOnlyList<CounterEntry> EntriesOf(BoardSnapshot snapshot) => Dimension switch
    {
        FigureDimension.Department => snapshot.Departments,
        FigureDimension.Neighborhood => snapshot.Neighborhoods,
        FigureDimension.Service => snapshot.Services ?? [],
        _ => snapshot.Zipcodes,
    };

    public new void Dispose()
    {
        _breachWatch?.Dispose();
        base.Dispose();
    }
}
