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
}
