using Bunit;
using Philly311.Ops.Dashboard.Board;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.Dashboard.Tests.Support;

namespace Philly311.Ops.Dashboard.Tests.Board;

public sealed class BoardPageTests : BoardTestContext
{
    [Fact]
    public void BeforeTheFirstFrameItSaysWaitingInsteadOfShowingZeros()
    {
        var page = Render<BoardPage>();

        page.Markup.ShouldContain("Waiting for the first frame…");
        page.FindAll(".kpi-tile").ShouldBeEmpty();
    }

    [Fact]
    public void KpiTilesShowTheCityNumbersAndTheirAsOfTimeInCityTime()
    {
        Feed.Publish(Snapshots.Sample());

        var page = Render<BoardPage>();

        Kpi(page, "Received today").ShouldContain("1,234");
        Kpi(page, "Open now").ShouldContain("5,678");
        Kpi(page, "Closed today").ShouldContain("321");
        Kpi(page, "Received all time").ShouldContain("98,765");
        // 14:42:07 UTC in July is 10:42:07 EDT.
        page.FindAll(".kpi-tile").ShouldAllBe(tile => tile.TextContent.Contains("as of 10:42:07"));
    }

    [Fact]
    public void EveryTileCarriesItsLiveStateAndAsOfTime()
    {
        Feed.Publish(Snapshots.Sample());

        var page = Render<BoardPage>();

        // The request figures' tiles (the queue, breach and event tiles carry their own feeds' states).
        var stamps = page.FindAll("section[data-section='requests'] .tile-stamp");
        // 4 KPIs + chart + channels + map + 4 tables.
        stamps.Count.ShouldBe(11);
        stamps.ShouldAllBe(s => s.GetAttribute("data-state") == nameof(FeedState.Live) && s.TextContent.Contains("as of 10:42:07"));
    }

    [Fact]
    public void TablesShowEveryRowOfASmallDimension()
    {
        var snapshot = Snapshots.Sample();
        Feed.Publish(snapshot);

        var page = Render<BoardPage>();

        Rows(page, "Departments").Count.ShouldBe(snapshot.Departments.Length);
        Rows(page, "Neighborhoods").Count.ShouldBe(snapshot.Neighborhoods.Length);
        Rows(page, "ZIP codes").Count.ShouldBe(snapshot.Zipcodes.Length);
        Rows(page, "Request types").Count.ShouldBe(snapshot.Services!.Length);
        page.Find("[data-table='Neighborhoods'] tr[data-key='kensington']").TextContent.ShouldContain("640");
    }

    [Fact]
    public void ALongDimensionShowsItsTopRowsAndLinksToItsFullList()
    {
        var hoods = Enumerable.Range(1, 40).Select(i => Snapshots.Entry($"hood-{i:00}", $"Hood {i:00}", receivedToday: i, open: i)).ToArray();
        Feed.Publish(Snapshots.Sample() with { Neighborhoods = hoods });

        var page = Render<BoardPage>();

        Rows(page, "Neighborhoods").Count.ShouldBe(BoardPage.TopRows);
        Rows(page, "Neighborhoods")[0].GetAttribute("data-key").ShouldBe("hood-40");
        var more = page.Find("[data-table='Neighborhoods'] a.show-all");
        more.GetAttribute("href").ShouldBe("neighborhoods");
        more.TextContent.ShouldBe($"{40 - BoardPage.TopRows} more — show all");
    }

    [Fact]
    public void TheRequestTypeTableShowsWhatPeopleAreCallingAbout()
    {
        Feed.Publish(Snapshots.Sample());

        var page = Render<BoardPage>();

        var row = page.Find("[data-table='Request types'] tr[data-key='snow-emergency-parking']");
        row.TextContent.ShouldContain("Snow Emergency Parking");
        row.TextContent.ShouldContain("1,200");
        Rows(page, "Request types").Select(r => r.GetAttribute("data-key")).ShouldBe(["snow-emergency-parking", "abandoned-vehicle"], "open, most first");
    }

    [Fact]
    public void TheChartHasOneBarPerQuarterHourAndLabelsEveryTwoHours()
    {
        Feed.Publish(Snapshots.Sample());

        var page = Render<BoardPage>();

        page.FindAll("rect.chart-bar").Count.ShouldBe(96);
        page.Find("rect[data-slot='13']").GetAttribute("data-count").ShouldBe("6");
        page.FindAll("text.chart-x-label").Select(t => t.TextContent).ShouldBe(
            ["00:00", "02:00", "04:00", "06:00", "08:00", "10:00", "12:00", "14:00", "16:00", "18:00", "20:00", "22:00"]);
        // As of 10:42 city time the current quarter is 10:30–10:45, slot 42.
        page.Find("rect.chart-bar--current").GetAttribute("data-slot").ShouldBe("42");
    }

    [Fact]
    public void ChannelsAreListedLargestFirst()
    {
        Feed.Publish(Snapshots.Sample());

        var page = Render<BoardPage>();

        page.FindAll(".channel-row").Select(r => r.GetAttribute("data-channel")).ShouldBe(["phone", "web", "app"]);
    }

    [Fact]
    public void ANewSnapshotPushedThroughTheFeedRerendersWithoutReload()
    {
        Feed.Publish(Snapshots.Sample(sequence: 1));
        var page = Render<BoardPage>();
        var next = Snapshots.Sample(sequence: 2, asOf: Snapshots.AsOf.AddSeconds(1));

        Feed.Publish(next with { City = next.City with { ReceivedToday = 1235 } });

        page.WaitForAssertion(() =>
        {
            Kpi(page, "Received today").ShouldContain("1,235");
            Kpi(page, "Received today").ShouldContain("as of 10:42:08");
        });
    }

    [Fact]
    public void TheFirstSnapshotReplacesTheWaitingMessage()
    {
        var page = Render<BoardPage>();

        Feed.Publish(Snapshots.Sample());

        page.WaitForAssertion(() => page.FindAll(".kpi-tile").Count.ShouldBe(4));
        page.Find("section[data-section='requests']").InnerHtml.ShouldNotContain("Waiting for the first frame");
    }

    [Fact]
    public void TheBadgeTurnsStaleWhenTheLastFrameIsOlderThanFiveSeconds()
    {
        Feed.Publish(Snapshots.Sample());
        var page = Render<BoardPage>();
        page.Find(".freshness-badge").GetAttribute("data-state").ShouldBe(nameof(FeedState.Live));

        Clock.Advance(TimeSpan.FromSeconds(5.5));

        page.WaitForAssertion(() =>
        {
            var badge = page.Find(".freshness-badge");
            badge.GetAttribute("data-state").ShouldBe(nameof(FeedState.Stale));
            badge.TextContent.ShouldContain("no frame since 10:42:07");
            page.FindAll("section[data-section='requests'] .tile-stamp").ShouldAllBe(s => s.GetAttribute("data-state") == nameof(FeedState.Stale));
        });
    }

    [Fact]
    public void AHeartbeatKeepsTheBoardLiveAndMovesItsAsOfTime()
    {
        var snapshot = Snapshots.Sample(sequence: 5);
        Feed.Publish(snapshot);
        var page = Render<BoardPage>();
        Clock.Advance(TimeSpan.FromSeconds(4));

        Feed.OnHeartbeat(new(snapshot.AsOf.AddSeconds(4), 5));
        Clock.Advance(TimeSpan.FromSeconds(4));

        page.WaitForAssertion(() =>
        {
            page.Find(".freshness-badge").GetAttribute("data-state").ShouldBe(nameof(FeedState.Live));
            Kpi(page, "Open now").ShouldContain("as of 10:42:11");
        });
    }

    private static string Kpi(IRenderedComponent<BoardPage> page, string label) =>
        page.Find($"[data-kpi='{label}']").TextContent;

    [Fact]
    public void QueuesComeFirstThenBreachesThenTheRequestFigures()
    {
        Feed.Publish(Snapshots.Sample());

        var page = Render<BoardPage>();

        page.FindAll("section.board-section").Select(s => s.GetAttribute("data-section")).ShouldBe(["queues", "breaches", "requests"]);
    }

    [Fact]
    public void BreachCountsReachTheTablesWhenTheirSourceIsWired()
    {
        Feed.Publish(Snapshots.Sample());
        var page = Render<BoardPage>();
        page.FindAll($"[data-table='Departments'] button[data-column='{CounterColumn.Breached}']").ShouldBeEmpty();

        Breaches.Set("dept", new Dictionary<string, long> { ["water"] = 5 });

        page.WaitForAssertion(() =>
            page.Find("[data-table='Departments'] tr[data-key='water']").QuerySelectorAll("td.num")[^1].TextContent.ShouldBe("5"));
    }

    private static IReadOnlyList<AngleSharp.Dom.IElement> Rows(IRenderedComponent<BoardPage> page, string table) =>
        page.FindAll($"[data-table='{table}'] tbody tr[data-key]");
}
