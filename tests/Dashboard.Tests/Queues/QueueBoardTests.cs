using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Dashboard.Queues;

namespace Philly311.Ops.Dashboard.Tests.Queues;

public sealed class QueueBoardTests : BunitContext
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 17, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly QueueFeed _feed;

    public QueueBoardTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        _feed = new QueueFeed(_clock);
        Services.AddSingleton(_feed);
        Services.AddSingleton<TimeProvider>(_clock);
    }

    public static QueueFrame Frame(string key, long waiting = 0, DateTimeOffset? oldest = null, QueueBreach? breach = null, int? needed = 3, long working = 3,
        string[]? queues = null, long sequence = 1) => new(
        key, Now, sequence, "2026-12-01", waiting, oldest, 40, 30, 4, 0.75, 0.7, 0.8, 30, 21.5, 240, 4.0 / 34,
        new AgentCounts(1, 2, 0, 1, 0), new QueueStaffing(needed, working, 80, 240, oldest?.AddMinutes(3)), breach, [], [new QueueQuarter(68, 10, 8, 1)], queues ?? []);

    [Fact]
    public void EveryQueueIsListedBreachedFirstWithAnIconAndWords()
    {
        var breach = new QueueBreach("queue:spanish", QueueBreachReason.OldestWait, Now.AddMinutes(-2), null, "Oldest wait over 3 min");
        _feed.Take(Frame(QueueKeys.City, queues: ["queue:general", "queue:spanish"]));
        _feed.Take(Frame("queue:general", waiting: 9, oldest: Now.AddSeconds(-30)));
        _feed.Take(Frame("queue:spanish", waiting: 2, oldest: Now.AddMinutes(-5), breach: breach, needed: 6, working: 4));

        var board = Render<QueueBoard>();

        var rows = board.FindAll("tbody tr");
        rows.Select(r => r.GetAttribute("data-key")).ShouldBe(["queue:spanish", "queue:general"]);
        rows[0].GetAttribute("data-breached").ShouldBe("true");
        rows[0].TextContent.ShouldContain("Breached since 11:58:00: Oldest wait over 3 min");
        rows[0].TextContent.ShouldContain("6 needed · 4 on");
        rows[0].TextContent.ShouldContain("short");
        rows[0].QuerySelector(".status svg").ShouldNotBeNull("a breach is marked by an icon and words, not color alone");
        rows[1].TextContent.ShouldContain("Within target");
        rows[1].TextContent.ShouldContain("75 %");
        rows[1].TextContent.ShouldContain("/ 80 % in 30 s");
    }

    [Fact]
    public void TheOldestWaitTicksEverySecondWithoutANewFrame()
    {
        _feed.Take(Frame(QueueKeys.City, queues: ["queue:general"]));
        _feed.Take(Frame("queue:general", waiting: 1, oldest: Now.AddSeconds(-58)));
        var board = Render<QueueBoard>();
        board.Find(".oldest-wait").TextContent.ShouldBe("0:58");

        _clock.Advance(TimeSpan.FromSeconds(3));

        board.WaitForAssertion(() => board.Find(".oldest-wait").TextContent.ShouldBe("1:01"));
        board.Find(".projection").TextContent.ShouldContain("breach in 1:59");
    }

    [Fact]
    public void WithoutFramesOrHeartbeatsForFiveSecondsTheBoardSaysStaleAndAHeartbeatMakesItLiveAgain()
    {
        _feed.Take(Frame(QueueKeys.City, queues: ["queue:general"]));
        _feed.Take(Frame("queue:general"));
        var board = Render<QueueBoard>();
        board.Find("[data-state]").GetAttribute("data-state").ShouldBe("Live");

        _clock.Advance(TimeSpan.FromSeconds(6));

        board.WaitForAssertion(() => board.Find("[data-state]").TextContent.ShouldContain("STALE — last update 12:00:00"));
        _feed.TakeHeartbeat(new FigureHeartbeat(QueueKeys.City, _clock.GetUtcNow(), 1));
        board.WaitForAssertion(() => board.Find("[data-state]").GetAttribute("data-state").ShouldBe("Live"));
    }

    [Fact]
    public void BeforeAnyFrameTheBoardWaitsInsteadOfShowingZeros()
    {
        var board = Render<QueueBoard>();

        board.Markup.ShouldContain("Waiting for the queues");
        board.FindAll("tbody tr").ShouldBeEmpty();
    }

    [Fact]
    public async Task TheDrillDownShowsTheQueuesFiguresAndWatchesItsKey()
    {
        _feed.Take(Frame("queues:channel:sms", waiting: 4, oldest: Now.AddSeconds(-10)));

        var page = Render<QueuePage>(p => p.Add(x => x.Key, "queues:channel:sms"));

        _feed.Wanted.ShouldContain("queues:channel:sms");
        page.Find("[data-tile='Waiting now']").TextContent.ShouldContain("4");
        page.Find("[data-tile='Average handle time']").TextContent.ShouldContain("4:00");
        page.Markup.ShouldContain("Sms (all queues)");
        await DisposeComponentsAsync();
        _feed.Wanted.ShouldNotContain("queues:channel:sms");
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _feed.Dispose();
        base.Dispose(disposing);
    }
}
