using Philly311.Ops.Dashboard.Board;
using Philly311.Ops.Dashboard.Tests.Support;

namespace Philly311.Ops.Dashboard.Tests.Board;

public sealed class CounterRowsTests
{
    private static readonly IReadOnlyList<Contracts.Board.CounterEntry> Departments = Snapshots.Sample().Departments;

    [Fact]
    public void SortsByTheChosenCountLargestFirst()
    {
        var rows = CounterRows.Select(Departments, null, CounterColumn.Open, descending: true);

        rows.Select(r => r.Key).ShouldBe(["streets", "li", "water", "unassigned", "health", "parks", "police"]);
    }

    [Fact]
    public void SortsByNameAlphabetically()
    {
        var rows = CounterRows.Select(Departments, null, CounterColumn.Name, descending: false);

        rows.First().Name.ShouldBe("Health Department");
        rows.Last().Name.ShouldBe("Water Department");
    }

    [Theory]
    [InlineData("dep", new[] { "health", "police", "streets", "water" })]
    [InlineData("  WATER ", new[] { "water" })]
    [InlineData("li", new[] { "li", "police" })]
    [InlineData("nothing like it", new string[0])]
    public void FiltersOnNameOrKeyIgnoringCase(string filter, string[] expected)
    {
        var rows = CounterRows.Select(Departments, filter, CounterColumn.Name, descending: false);

        rows.Select(r => r.Key).ShouldBe(expected);
    }

    [Fact]
    public void TiesKeepAStableOrderByName()
    {
        var entries = new[] { Snapshots.Entry("b", "Bravo", 5, 5), Snapshots.Entry("a", "Alpha", 5, 5) };

        CounterRows.Select(entries, null, CounterColumn.Open, descending: true).Select(r => r.Key).ShouldBe(["a", "b"]);
    }
}
