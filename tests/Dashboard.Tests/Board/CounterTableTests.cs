using Bunit;
using Philly311.Ops.Dashboard.Board;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.Dashboard.Tests.Support;

namespace Philly311.Ops.Dashboard.Tests.Board;

public sealed class CounterTableTests : BoardTestContext
{
    private static readonly BoardFreshness Live = new(FeedState.Live, Snapshots.AsOf, Snapshots.AsOf);

    [Fact]
    public void RowsStartSortedByOpenLargestFirst()
    {
        var table = RenderDepartments();

        Keys(table).ShouldBe(["streets", "li", "water", "unassigned", "health", "parks", "police"]);
        table.Find("th[aria-sort='descending'] button").GetAttribute("data-column").ShouldBe(nameof(CounterColumn.Open));
    }

    [Fact]
    public void ClickingAColumnHeaderSortsByItAndClickingAgainReverses()
    {
        var table = RenderDepartments();

        Header(table, CounterColumn.ReceivedToday).Click();
        Keys(table).First().ShouldBe("streets");
        Keys(table).Last().ShouldBe("unassigned");

        Header(table, CounterColumn.ReceivedToday).Click();
        Keys(table).First().ShouldBe("unassigned");
        table.Find("th[aria-sort='ascending'] button").GetAttribute("data-column").ShouldBe(nameof(CounterColumn.ReceivedToday));
    }

    [Fact]
    public void SortingByNameStartsFromA()
    {
        var table = RenderDepartments();

        Header(table, CounterColumn.Name).Click();

        table.FindAll("tbody td.name").Select(td => td.TextContent).First().ShouldBe("Health Department");
    }

    [Fact]
    public void TheQuickFilterKeepsOnlyMatchingRowsAndSaysHowMany()
    {
        var table = RenderDepartments();

        table.Find("input").Input("water");

        table.WaitForAssertion(() => Keys(table).ShouldBe(["water"]));
        table.Find(".row-count").TextContent.ShouldBe("1 of 7");
    }

    [Fact]
    public void AFilterWithNoMatchSaysSo()
    {
        var table = RenderDepartments();

        table.Find("input").Input("zzz");

        table.WaitForAssertion(() => table.Find(".no-rows").TextContent.ShouldContain("zzz"));
    }

    [Fact]
    public void SortAndFilterSurviveANewFrame()
    {
        var table = RenderDepartments();
        Header(table, CounterColumn.Name).Click();
        table.Find("input").Input("department");

        var next = Snapshots.Sample().Departments.Select(d => d with { Open = d.Open + 1 }).ToArray();
        table.Render(p => p.Add(t => t.Entries, next));

        Keys(table).ShouldBe(["health", "police", "streets", "water"]);
    }

    [Fact]
    public void IdleRowsAreHiddenUntilAskedForAndTheCountSaysHowManyAreHidden()
    {
        var entries = Snapshots.Sample().Departments.Append(Snapshots.Entry("revenue", "Revenue", receivedToday: 0, open: 0, received: 12)).ToArray();
        var table = Render<CounterTable>(p => p.Add(t => t.Title, "Departments").Add(t => t.Entries, entries).Add(t => t.Freshness, Live));

        Keys(table).ShouldNotContain("revenue");
        table.Find(".row-count").TextContent.ShouldBe("7 of 8 (1 idle hidden)");

        table.Find("input[data-toggle='idle']").Change(true);

        Keys(table).ShouldContain("revenue");
        table.Find(".row-count").TextContent.ShouldBe("8 of 8");
    }

    [Fact]
    public void TheVolumeSortPutsTheMostReceivedTodayFirst()
    {
        var table = RenderDepartments();

        table.Find("button[data-sort='volume']").Click();

        Keys(table).ShouldBe(["streets", "li", "water", "police", "parks", "health", "unassigned"]);
        table.Find("button[data-sort='volume']").GetAttribute("aria-pressed").ShouldBe("true");
    }

    [Fact]
    public void WithoutBreachCountsTheBreachSortIsDisabledAndThereIsNoBreachColumn()
    {
        var table = RenderDepartments();

        table.Find("button[data-sort='breach']").HasAttribute("disabled").ShouldBeTrue();
        table.FindAll($"button[data-column='{CounterColumn.Breached}']").ShouldBeEmpty();
    }

    [Fact]
    public void WithBreachCountsTheTableShowsThemAndSortsByThem()
    {
        var breaches = new Dictionary<string, long> { ["health"] = 9, ["water"] = 3 };
        var table = Render<CounterTable>(p => p.Add(t => t.Title, "Departments").Add(t => t.Entries, Snapshots.Sample().Departments)
            .Add(t => t.Freshness, Live).Add(t => t.Breaches, breaches));

        table.Find("button[data-sort='breach']").Click();

        Keys(table).Take(2).ShouldBe(["health", "water"]);
        table.Find("tr[data-key='health']").QuerySelectorAll("td.num")[^1].TextContent.ShouldBe("9");
    }

    [Fact]
    public void RowNamesLinkToTheirDrillDown()
    {
        var table = Render<CounterTable>(p => p.Add(t => t.Title, "Departments").Add(t => t.Entries, Snapshots.Sample().Departments)
            .Add(t => t.Freshness, Live).Add(t => t.DrillBase, "departments"));

        table.Find("tr[data-key='li'] a.drill-link").GetAttribute("href").ShouldBe("departments/li");
    }

    [Fact]
    public void WithALimitOnlyTheTopRowsAreRenderedAndTheRestAreALinkAway()
    {
        var entries = Enumerable.Range(1, 30).Select(i => Snapshots.Entry($"k{i:00}", $"K {i:00}", receivedToday: i, open: i)).ToArray();
        var table = Render<CounterTable>(p => p.Add(t => t.Title, "Neighborhoods").Add(t => t.Entries, entries).Add(t => t.Freshness, Live)
            .Add(t => t.Limit, 12).Add(t => t.ListHref, "neighborhoods")
            .Add(t => t.Breaches, new Dictionary<string, long> { ["k02"] = 3 }));

        Keys(table).ShouldBe([.. Enumerable.Range(19, 12).Reverse().Select(i => $"k{i:00}"), "k02"], "top 12 by open, the breached row kept");
        var more = table.Find("a.show-all");
        more.GetAttribute("href").ShouldBe("neighborhoods");
        more.TextContent.ShouldBe("17 more — show all");
        table.Find(".row-count").TextContent.ShouldBe("13 of 30");

        table.Find("button[data-sort='volume']").Click();
        Keys(table).First().ShouldBe("k30", "the limit follows the current sort");
    }

    [Fact]
    public void WithoutAListPageShowAllExpandsTheTableInPlace()
    {
        var entries = Enumerable.Range(1, 20).Select(i => Snapshots.Entry($"z{i:00}", $"191{i:00}", receivedToday: i, open: i)).ToArray();
        var table = Render<CounterTable>(p => p.Add(t => t.Title, "ZIP codes").Add(t => t.Entries, entries).Add(t => t.Freshness, Live).Add(t => t.Limit, 12));

        Keys(table).Count().ShouldBe(12);
        table.Find("button.show-all").Click();

        Keys(table).Count().ShouldBe(20);
        table.FindAll(".show-all").ShouldBeEmpty();
    }

    private IRenderedComponent<CounterTable> RenderDepartments() => Render<CounterTable>(p => p
        .Add(t => t.Title, "Departments")
        .Add(t => t.Entries, Snapshots.Sample().Departments)
        .Add(t => t.Freshness, Live));

    private static AngleSharp.Dom.IElement Header(IRenderedComponent<CounterTable> table, CounterColumn column) =>
        table.Find($"button[data-column='{column}']");

    private static IEnumerable<string?> Keys(IRenderedComponent<CounterTable> table) =>
        table.FindAll("tbody tr[data-key]").Select(r => r.GetAttribute("data-key")).ToList();
}
