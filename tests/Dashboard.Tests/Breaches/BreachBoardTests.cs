using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using Philly311.Ops.Contracts.Breaches;
using Philly311.Ops.Dashboard.Breaches;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Tests.Breaches;

/// <summary>The breach board on a fake clock, fed by a real <see cref="BreachFeed"/>; no Orleans, no Redis.</summary>
public sealed class BreachBoardTests : BunitContext
{
    private static readonly DateTimeOffset AsOf = new(2026, 1, 15, 15, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(AsOf);
    private readonly BreachFeed _feed;

    public BreachBoardTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        _feed = new BreachFeed(_clock);
        Services.AddSingleton(_feed);
        Services.AddSingleton<TimeProvider>(_clock);
    }

    [Fact]
    public void BeforeTheFirstFrameItSaysWaitingNotZero()
    {
        var board = Render<BreachBoard>();

        board.Markup.ShouldContain("Waiting for the first frame");
        board.FindAll("[data-total]").ShouldBeEmpty();
    }

    [Fact]
    public void DepartmentsStartMostBreachedFirstAndSortByNameOnClick()
    {
        var board = Render<BreachBoard>();
        _feed.Take(Frame());

        board.WaitForAssertion(() => Departments(board).ShouldBe(["streets", "water", "li"]));
        board.Find("button[data-sort='name']").Click();
        Departments(board).ShouldBe(["li", "streets", "water"]);
        board.Find("button[data-sort='count']").Click();
        Departments(board).ShouldBe(["streets", "water", "li"]);
        board.Find("button[data-sort='count']").Click();
        Departments(board).ShouldBe(["li", "water", "streets"]);
    }

    [Fact]
    public void OverdueByTicksEverySecondWithoutANewFrame()
    {
        var board = Render<BreachBoard>();
        _feed.Take(Frame());
        board.WaitForAssertion(() => board.Find("tr[data-request='SR-1'] .overdue-by").TextContent.ShouldBe("2 h 00 m"));
        board.Find("tr[data-request='SR-2'] .overdue-by").TextContent.ShouldBe("4 m 10 s");

        _clock.Advance(TimeSpan.FromSeconds(1));

        board.WaitForAssertion(() => board.Find("tr[data-request='SR-2'] .overdue-by").TextContent.ShouldBe("4 m 11 s"));
    }

    [Fact]
    public void TheTotalSaysItInWordsAndTheListShowsNoPersonalData()
    {
        var board = Render<BreachBoard>();
        _feed.Take(Frame());

        board.WaitForAssertion(() => board.Find("[data-total]").TextContent.ShouldContain("open requests past due"));
        var row = board.Find("tr[data-request='SR-1']").TextContent;
        row.ShouldContain("Street Light Outage");
        row.ShouldContain("Streets Department");
        row.ShouldContain("Fishtown");
    }

    [Fact]
    public void WithoutFramesOrHeartbeatsForFiveSecondsItTurnsStale()
    {
        var board = Render<BreachBoard>();
        _feed.Take(Frame());
        board.WaitForAssertion(() => board.Find(".freshness-badge").GetAttribute("data-state").ShouldBe(nameof(FeedState.Live)));

        _clock.Advance(TimeSpan.FromSeconds(6));

        board.WaitForAssertion(() => board.Find(".freshness-badge").GetAttribute("data-state").ShouldBe(nameof(FeedState.Stale)));
    }

    [Fact]
    public void TheMapFeedCountsBreachesPerNeighborhood()
    {
        var map = new NeighborhoodBreachFeed(_feed);
        map.Current.Counts.ShouldBeEmpty();

        _feed.Take(Frame());

        map.Current.CountOf("fishtown").ShouldBe(2);
        map.Current.CountOf("kensington").ShouldBe(0);
        map.Current.Max.ShouldBe(2);
        map.Current.Freshness.State.ShouldBe(FeedState.Live);
    }

    private static List<string?> Departments(IRenderedComponent<BreachBoard> board) =>
        board.FindAll("tr[data-department]").Select(r => r.GetAttribute("data-department")).ToList();

    private static BreachFrame Frame() => new(
        1, AsOf, 6,
        [new("streets", "Streets Department", 3), new("water", "Water Department", 2), new("li", "Licenses & Inspections", 1)],
        [new("fishtown", "Fishtown", 2), new("unknown", "Unknown", 1)],
        [new("19125", "19125", 2)],
        [new("street-light-outage", "Street Light Outage", 3)],
        [
            new("SR-1", "street-light-outage", "Street Light Outage", "streets", "Streets Department", "fishtown", "Fishtown", AsOf.AddHours(-2)),
            new("SR-2", "illegal-dumping", "Illegal Dumping", "streets", "Streets Department", "unknown", "Unknown", AsOf.AddMinutes(-4).AddSeconds(-10)),
        ]);

    protected override void Dispose(bool disposing)
    {
        if (disposing) _feed.Dispose();
        base.Dispose(disposing);
    }
}
