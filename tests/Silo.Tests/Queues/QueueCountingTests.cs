using Philly311.Ops.Contracts.Contacts;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Silo.Contacts;
using Philly311.Ops.Silo.Queues;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;
using static Philly311.Ops.Silo.Tests.Queues.ContactScript;

namespace Philly311.Ops.Silo.Tests.Queues;

/// <summary>The contact commit script on a real Redis, fed hand-built sequences; figures read back the way a queue grain reads them.</summary>
[Collection(RedisCollection.Name)]
public sealed class QueueCountingTests(RedisServer redis)
{
    private readonly ContactScript _script = new(redis);

    /// <summary>Four calls: answered in 20 s then handled 180 s; abandoned after 60 s; abandoned after 10 s (short); answered in 45 s.</summary>
    private static ContactEvent[] Day() =>
    [
        Event("e1", "offered", "c1", 0), Event("e2", "answered", "c1", 20), Event("e3", "completed", "c1", 200),
        Event("e4", "offered", "c2", 5), Event("e5", "abandoned", "c2", 65),
        Event("e6", "offered", "c3", 10), Event("e7", "abandoned", "c3", 20),
        Event("e8", "offered", "c4", 30), Event("e9", "answered", "c4", 75, agent: "a2"),
    ];

    [Fact]
    public async Task AnInOrderDayGivesTheTextbookFigures()
    {
        await _script.SendAsync(Day());

        var t = await _script.ReadAsync();

        ShouldHaveTheDaysFigures(t);
    }

    [Fact]
    public async Task TheSameDayOutOfOrderGivesTheSameFigures()
    {
        var shuffled = Day().Reverse().ToArray();

        foreach (var e in shuffled) await _script.SendAsync(e);

        ShouldHaveTheDaysFigures(await _script.ReadAsync());
    }

    [Fact]
    public async Task AReplayedDayChangesNothingAndIsAnsweredDuplicate()
    {
        await _script.SendAsync(Day());

        var again = await _script.SendAsync(Day());

        again.ShouldAllBe(r => r.Outcome == ContactOutcome.Duplicate);
        ShouldHaveTheDaysFigures(await _script.ReadAsync());
    }

    [Fact]
    public async Task AnAnswerBeforeItsOfferCountsTheOfferOnceAndItsWaitWhenTheOfferArrives()
    {
        await _script.SendAsync(Event("x1", "answered", "c9", 50));
        var before = await _script.ReadAsync();
        await _script.SendAsync(Event("x2", "offered", "c9", 10));
        var after = await _script.ReadAsync();

        before["o"].ShouldBe(1);
        before["a"].ShouldBe(1);
        before["wn"].ShouldBe(0);
        before.Waiting.ShouldBe(0);
        after["o"].ShouldBe(1);
        after["wn"].ShouldBe(1);
        after["ws"].ShouldBe(40_000);
        after["sn"].ShouldBe(1);
        after["si"].ShouldBe(0, "answered after 40 s is not within 30 s");
        after.Waiting.ShouldBe(0, "an answered contact is not waiting, whatever order its events came in");
    }

    [Fact]
    public async Task ALostCompletedLeavesHandleTimeToTheCompletedContactsAndNobodyWaiting()
    {
        await _script.SendAsync(Event("l1", "offered", "c1", 0), Event("l2", "answered", "c1", 10),
            Event("l3", "offered", "c2", 0), Event("l4", "answered", "c2", 5), Event("l5", "completed", "c2", 125));

        var t = await _script.ReadAsync();

        t["a"].ShouldBe(2);
        t["hn"].ShouldBe(1);
        QueueMath.AverageHandleTime(t["hs"], t["hn"]).ShouldBe(120);
        t.Waiting.ShouldBe(0);
    }

    [Fact]
    public async Task AContactWhoseOutcomeNeverCameLeavesWaitingAfterMaxWaitButStaysOffered()
    {
        // Five hours ago is past the 4 h Contacts:MaxWait: its answered or abandoned event is taken as lost.
        var lost = new ContactEvent("w1", "offered", "old", "general", "phone", "en", null, TimeProvider.System.GetUtcNow().AddHours(-5));
        await _script.SendAsync(lost, Event("w2", "offered", "new", 0));

        var t = await _script.ReadAsync();

        t.Waiting.ShouldBe(1);
        t.OldestWaitingSince!.Value.ShouldBe(Start, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task AnAbandonAfterTheAnswerIsIgnoredAndCountsNothing()
    {
        await _script.SendAsync(Event("k1", "offered", "c1", 0), Event("k2", "answered", "c1", 10));

        var result = await _script.SendAsync(Event("k3", "abandoned", "c1", 30));

        result[0].Outcome.ShouldBe(ContactOutcome.Ignored);
        var t = await _script.ReadAsync();
        t["ab"].ShouldBe(0);
        t["a"].ShouldBe(1);
    }

    [Fact]
    public async Task RollUpsPerChannelAndCityAddUpTheQueues()
    {
        await _script.SendAsync(Event("r1", "offered", "c1", 0, queue: "general"), Event("r2", "offered", "c2", 5, queue: "spanish"),
            Event("r3", "offered", "c3", 6, queue: "spanish", channel: "web-chat"));

        var city = await _script.ReadAsync(QueueKeys.City);
        var phone = await _script.ReadAsync(QueueKeys.Channel("phone"));

        city["o"].ShouldBe(3);
        city.Waiting.ShouldBe(3);
        city.Queues.ShouldBe(["queue:general", "queue:spanish"]);
        phone["o"].ShouldBe(2);
        phone.OldestWaitingSince!.Value.ShouldBe(Start, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task ATransferEndsTheContactInItsQueueAndTheTargetQueueCountsItAgainFromItsOwnOffer()
    {
        // c1 waits 10 s in general, talks 60 s, is transferred to water; there it waits 40 s and is handled 120 s.
        await _script.SendAsync(Event("x1", "offered", "c1", 0), Event("x2", "answered", "c1", 10), Event("x3", "transferred", "c1", 70),
            Event("x4", "offered", "c1", 70, queue: "water"), Event("x5", "answered", "c1", 110, queue: "water", agent: "a2"),
            Event("x6", "completed", "c1", 230, queue: "water", agent: "a2"));

        var general = await _script.ReadAsync();
        var water = await _script.ReadAsync("queue:water");
        var city = await _script.ReadAsync(QueueKeys.City);

        (general["o"], general["a"], general["ab"]).ShouldBe((1L, 1L, 0L));
        QueueMath.AverageHandleTime(general["hs"], general["hn"]).ShouldBe(60.0, "answered → transferred is the general leg's handle time");
        QueueMath.AverageSpeedOfAnswer(general["ws"], general["wn"]).ShouldBe(10);
        (water["o"], water["a"], water["hn"]).ShouldBe((1L, 1L, 1L));
        QueueMath.AverageSpeedOfAnswer(water["ws"], water["wn"]).ShouldBe(40.0, "the target queue's wait starts at its own offer");
        QueueMath.ServiceLevel(water["si"], water["sn"])!.Value.ShouldBe(0.0, "40 s is past the 30 s threshold");
        QueueMath.AverageHandleTime(water["hs"], water["hn"]).ShouldBe(120);
        (city["o"], city["a"], city["hn"]).ShouldBe((2L, 2L, 2L), "the city adds the queues: a transferred contact is offered in each");
        general.Waiting.ShouldBe(0);
        water.Waiting.ShouldBe(0);
    }

    [Fact]
    public async Task AContactKeepsTheChannelOfItsFirstEvent()
    {
        await _script.SendAsync(Event("h1", "offered", "c1", 0));

        var result = await _script.SendAsync(Event("h2", "answered", "c1", 10, channel: "sms"));

        result[0].Refusal!.Field.ShouldBe(ContactFields.Channel);
        (await _script.ReadAsync())["a"].ShouldBe(0);
    }

    [Fact]
    public async Task AnOlderAgentStateIsStaleAndAgentsCountPerSkillAndOncePerCity()
    {
        var at = Start;
        await _script.Store.ApplyAgentsAsync([
            new AgentStateEvent("a1", ["general", "spanish"], AgentState.Available, at),
            new AgentStateEvent("a2", ["general"], AgentState.OnContact, at),
        ]);
        await _script.Store.ApplyAgentsAsync([new AgentStateEvent("a1", ["general", "spanish"], AgentState.Break, at.AddMinutes(5))]);

        var stale = await _script.Store.ApplyAgentsAsync([new AgentStateEvent("a1", ["general", "spanish"], AgentState.Available, at.AddMinutes(1))]);

        stale[0].Outcome.ShouldBe(ContactOutcome.Stale);
        (await _script.ReadAsync()).Agents.ShouldBe(new AgentCounts(0, 1, 0, 1, 0));
        (await _script.ReadAsync("queue:spanish")).Agents.ShouldBe(new AgentCounts(0, 0, 0, 1, 0));
        (await _script.ReadAsync(QueueKeys.City)).Agents.ShouldBe(new AgentCounts(0, 1, 0, 1, 0));
    }

    [Fact]
    public async Task RetentionRemovesDaysPastTheKeptOnesAndKeepsToday()
    {
        await _script.SendAsync(Event("t1", "offered", "c1", 0));
        var database = redis.Connection!.GetDatabase();
        await database.HashSetAsync(_script.Store.Keys.Days, "2001-01-01|queue:general|o", 5);

        var removed = await ContactRetention.SweepAsync(database, _script.Store.Keys, 35, TimeProvider.System.GetUtcNow());

        removed.ShouldBe(1);
        (await _script.ReadAsync())["o"].ShouldBe(1);
    }

    private static void ShouldHaveTheDaysFigures(QueueTally t)
    {
        t["o"].ShouldBe(4);
        t["a"].ShouldBe(2);
        t["ab"].ShouldBe(2);
        // Answered within 30 s: c1 (20 s). Counted: c1, c4 (45 s), c2 (abandoned after 60 s > T); c3's 10 s abandon is short.
        QueueMath.ServiceLevel(t["si"], t["sn"])!.Value.ShouldBe(1.0 / 3, 1e-9);
        QueueMath.AverageSpeedOfAnswer(t["ws"], t["wn"]).ShouldBe(32.5);
        QueueMath.AverageHandleTime(t["hs"], t["hn"]).ShouldBe(180);
        QueueMath.AbandonRate(t["a"], t["ab"]).ShouldBe(0.5);
        t.Waiting.ShouldBe(0);
        t.OldestWaitingSince.ShouldBeNull();
    }
}
