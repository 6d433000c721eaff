using Bunit;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.Dashboard.Tests.Support;
using Philly311.Ops.Dashboard.Wallboard;

namespace Philly311.Ops.Dashboard.Tests.Wallboard;

public sealed class WallboardPageTests : BoardTestContext
{
    [Fact]
    public void ShowsTheCityNumbersAndTheFiveDepartmentsWithTheMostOpen()
    {
        Feed.Publish(Snapshots.Sample());

        var page = Render<WallboardPage>();

        page.FindAll(".kpi-tile--big").Count.ShouldBe(4);
        page.Find("[data-kpi='Open now']").TextContent.ShouldContain("5,678");
        page.FindAll(".top-department").Select(d => d.GetAttribute("data-key"))
            .ShouldBe(["streets", "li", "water", "unassigned", "health"]);
    }

    [Fact]
    public void HasNothingToClick()
    {
        Feed.Publish(Snapshots.Sample());

        var page = Render<WallboardPage>();

        page.FindAll("button, a, input").ShouldBeEmpty();
    }

    [Fact]
    public void TheWholeScreenTurnsAmberWhenFramesStop()
    {
        Feed.Publish(Snapshots.Sample());
        var page = Render<WallboardPage>();
        page.Find(".wallboard").ClassList.ShouldContain("wallboard--live");

        Clock.Advance(TimeSpan.FromSeconds(6));

        page.WaitForAssertion(() =>
        {
            page.Find(".wallboard").ClassList.ShouldContain("wallboard--stale");
            page.Find(".freshness-badge").GetAttribute("data-state").ShouldBe(nameof(FeedState.Stale));
        });
    }

    [Fact]
    public void BeforeTheFirstFrameItWaitsInsteadOfShowingZeros()
    {
        var page = Render<WallboardPage>();

        page.Markup.ShouldContain("Waiting for the first frame…");
        page.FindAll(".kpi-tile").ShouldBeEmpty();
    }
    [Fact]
    public void ShowsTheCityClockAndDate()
    {
        Feed.Publish(Snapshots.Sample());

        var page = Render<WallboardPage>();

        // 14:42:07 UTC in July is 10:42 EDT.
        page.Find(".wallboard-clock-time").TextContent.ShouldBe("10:42");
        page.Find(".wallboard-clock-date").TextContent.ShouldBe("Tue 14 Jul 2026");
        page.Find(".wallboard-asof").TextContent.ShouldContain("as of 10:42:07 EDT");
    }

    [Fact]
    public void SaysStaleWithTheLastUpdateWithinFiveSecondsOfTheLastHeartbeat()
    {
        Feed.Publish(Snapshots.Sample());
        var page = Render<WallboardPage>();
        page.Find(".wallboard").GetAttribute("data-stale").ShouldBe("false");

        Clock.Advance(TimeSpan.FromSeconds(4));

        page.WaitForAssertion(() =>
        {
            page.Find(".wallboard").GetAttribute("data-stale").ShouldBe("true");
            page.Find(".wallboard").ClassList.ShouldContain("wallboard--stale");
            page.Find(".wallboard-stale-banner").TextContent.ShouldBe("STALE — last update 10:42:07");
        });
    }

    [Fact]
    public void RecoversByItselfWhenFramesComeBack()
    {
        Feed.Publish(Snapshots.Sample());
        var page = Render<WallboardPage>();
        Clock.Advance(TimeSpan.FromSeconds(6));
        page.WaitForAssertion(() => page.Find(".wallboard").GetAttribute("data-stale").ShouldBe("true"));

        Feed.Publish(Snapshots.Sample(sequence: 43, asOf: Clock.GetUtcNow()));

        page.WaitForAssertion(() =>
        {
            page.Find(".wallboard").GetAttribute("data-stale").ShouldBe("false");
            page.Find(".wallboard").ClassList.ShouldContain("wallboard--live");
        });
    }

    [Fact]
    public void ALayoutCyclesItsViewsWithTheClock()
    {
        Wallboards.Layouts["floor"] = new() { Views = [WallboardView.City, WallboardView.Map], SecondsPerView = 10 };
        Feed.Publish(Snapshots.Sample());
        var page = Render<WallboardPage>(p => p.Add(w => w.Layout, "floor"));
        var first = page.Find(".wallboard-view").GetAttribute("data-view");

        Clock.Advance(TimeSpan.FromSeconds(10));

        page.WaitForAssertion(() => page.Find(".wallboard-view").GetAttribute("data-view").ShouldNotBe(first));
        var views = new[] { first, page.Find(".wallboard-view").GetAttribute("data-view") };
        views.ShouldBe([WallboardView.City, WallboardView.Map], ignoreOrder: true);
    }

    [Fact]
    public void TheMapViewDrawsTheNeighborhoodsWithNothingToClick()
    {
        Wallboards.Layouts["map"] = new() { Views = [WallboardView.Map], SecondsPerView = 30 };
        Feed.Publish(Snapshots.Sample());

        var page = Render<WallboardPage>(p => p.Add(w => w.Layout, "map"));

        page.FindAll("path.map-hood").Count.ShouldBe(158);
        page.FindAll("button, a, input").ShouldBeEmpty();
    }

    [Fact]
    public void AnUnknownLayoutSaysWhichLayoutsExist()
    {
        Feed.Publish(Snapshots.Sample());

        var page = Render<WallboardPage>(p => p.Add(w => w.Layout, "lobby"));

        page.Find(".wallboard-message").TextContent.ShouldContain("No wallboard layout “lobby”. Configured: default.");
    }
}
