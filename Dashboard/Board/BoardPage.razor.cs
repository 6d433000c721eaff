using Microsoft.AspNetCore.Components;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Board;

/// <summary>The director's board: the live feed from the base, breach counts (when wired) for the tables and the map.</summary>
public sealed partial class BoardPage : LiveBoardComponentBase, IDisposable
{
    /// <summary>
    /// Rows per counter table on the board (breached rows beyond it are shown too); the full lists are a page away.
    /// Every row a circuit renders stays in its render tree, and the board is open on every director's desk and phone.
    /// </summary>
    public const int TopRows = 12;

    private IDisposable? _breachWatch;

    [Inject]
    private IBreachCounts BreachCounts { get; set; } = default!;

    protected override void OnInitialized()
    {
        base.OnInitialized();
        _breachWatch = BreachCounts.Subscribe(() => _ = InvokeAsync(StateHasChanged));
    }

    private IReadOnlyDictionary<string, long>? Breaches(string dimension) => BreachCounts.CountsOf(dimension);

    // Re-implemented so the breach subscription goes with the page; the base drops the feed's.
    public new void Dispose()
    {
        _breachWatch?.Dispose();
        base.Dispose();
    }
}
