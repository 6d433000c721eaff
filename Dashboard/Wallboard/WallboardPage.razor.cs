using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Dashboard.Board;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Wallboard;

/// <summary>The TV on the call-center floor: big numbers only, nothing to click, same live/stale rules as the board.</summary>
public sealed partial class WallboardPage : LiveBoardComponentBase
{
    public const int TopCount = 5;

    private IEnumerable<CounterEntry> TopDepartments =>
        Snapshot is null ? [] : CounterRows.Select(Snapshot.Departments, null, CounterColumn.Open, descending: true).Take(TopCount);
}
