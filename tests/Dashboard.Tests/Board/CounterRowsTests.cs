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

    [Fact]
    public void TopKeepsTheFirstRowsAndAnyLaterBreachedRowInOrder()
    {
        var rows = Enumerable.Range(1, 30).Select(i => Snapshots.Entry($"k{i:00}", $"K {i:00}", receivedToday: 100 - i, open: 100 - i)).ToList();
        var breaches = new Dictionary<string, long> { ["k25"] = 2, ["k03"] = 1 };

        CounterRows.Top(rows, 12, breaches).Select(r => r.Key).ShouldBe([.. rows.Take(12).Select(r => r.Key), "k25"]);
        CounterRows.Top(rows, null, breaches).Count.ShouldBe(30, "no limit on the full list");
        CounterRows.Top(rows.Take(5).ToList(), 12).Count.ShouldBe(5);
    }

    [Fact]
    public void TopNeverShowsMoreThanTwiceTheLimitEvenWhenEveryRowIsBreached()
    {
        var rows = Enumerable.Range(1, 30).Select(i => Snapshots.Entry($"k{i:00}", $"K {i:00}", receivedToday: 1, open: 1)).ToList();
        var breaches = rows.ToDictionary(r => r.Key, _ => 1L);

        CounterRows.Top(rows, 12, breaches).Count.ShouldBe(24);
    }
}
