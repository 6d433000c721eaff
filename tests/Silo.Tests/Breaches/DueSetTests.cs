using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Philly311.Ops.Silo.Breaches;
using Philly311.Ops.Silo.Counters;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Tests.Breaches;

/// <summary>The commit script's due set against a real Redis: each version of a request moves it, exactly once.</summary>
[Collection(RedisCollection.Name)]
public sealed class DueSetTests(RedisServer redis)
{
    private static readonly DateTimeOffset Requested = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Requested.AddMinutes(5));
    private readonly CounterOptions _options = new() { KeyPrefix = $"d{Guid.NewGuid():N}"[..10] };
    private readonly RecordingNudges _nudges = new();
    private CounterStore Store => new(redis.Connection!, Options.Create(_options), _nudges, _clock, SlaTable.Default, _nudges);
    private BreachKeys Keys => new(_options.KeyPrefix);
    private IDatabase Db => redis.Database;

    [Fact]
    public async Task AnOpenRequestIsDueAtItsExpectedTime()
    {
        var expected = Requested.AddHours(5);

        await Store.ApplyAsync(Requests.Open("d-1", Requested, expected: expected));

        (await DueScore("d-1")).ShouldBe(expected.ToUnixTimeMilliseconds());
        (await Db.SortedSetLengthAsync(Keys.Breached)).ShouldBe(0);
    }

    [Fact]
    public async Task WithoutAnExpectedTimeItIsDueAfterItsTypesSla()
    {
        await Store.ApplyAsync(Requests.Open("d-2", Requested));

        (await DueScore("d-2")).ShouldBe((Requested + SlaTable.Default.DefaultSla).ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task ANewerVersionMovesTheDueTimeAndAnOlderOneIsIgnored()
    {
        var store = Store;
        await store.ApplyAsync(Requests.Open("d-3", Requested, expected: Requested.AddHours(2)));
        await store.ApplyAsync(Requests.Open("d-3", Requested, updated: Requested.AddMinutes(30), expected: Requested.AddHours(8)));

        var (outcome, _) = await store.ApplyAsync(Requests.Open("d-3", Requested, updated: Requested.AddMinutes(10), expected: Requested.AddHours(1)));

        outcome.ShouldBe(Philly311.Ops.Contracts.Ingest.IngestOutcome.Duplicate);
        (await DueScore("d-3")).ShouldBe(Requested.AddHours(8).ToUnixTimeMilliseconds());
        (await Db.SortedSetLengthAsync(Keys.Due)).ShouldBe(1);
    }

    [Fact]
    public async Task ClosingRemovesItFromTheDueSetAndAReplayedOpenVersionDoesNotBringItBack()
    {
        var store = Store;
        var open = Requests.Open("d-4", Requested, expected: Requested.AddHours(2));
        await store.ApplyAsync(open);
        await store.ApplyAsync(Requests.Closed("d-4", Requested, Requested.AddHours(1)));

        await store.ApplyAsync(open);
        await store.ApplyAsync(open);

        (await Db.SortedSetLengthAsync(Keys.Due)).ShouldBe(0);
        (await Db.SortedSetLengthAsync(Keys.Breached)).ShouldBe(0);
    }

    [Fact]
    public async Task AVersionAlreadyPastDueIsBreachedInTheCommitAndCountedOnceWhateverTheRepeats()
    {
        var store = Store;
        var late = Requests.Open("d-5", Requested, expected: Requested.AddMinutes(1));

        await store.ApplyManyAsync([late, late]);
        await store.ApplyAsync(late);

        (await Db.SortedSetLengthAsync(Keys.Breached)).ShouldBe(1);
        var counts = await Counts();
        counts["city"].ShouldBe(1);
        counts["dept:streets"].ShouldBe(1);
        counts["hood:fishtown"].ShouldBe(1);
        counts["zip:19125"].ShouldBe(1);
        counts["service:street-light-outage"].ShouldBe(1);
        _nudges.Nudges.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ClosingABreachedRequestEndsItsBreachInEveryDimension()
    {
        var store = Store;
        await store.ApplyAsync(Requests.Open("d-6", Requested, expected: Requested.AddMinutes(1)));

        await store.ApplyAsync(Requests.Closed("d-6", Requested, Requested.AddMinutes(4)));

        (await Db.SortedSetLengthAsync(Keys.Breached)).ShouldBe(0);
        (await Counts()).ShouldBeEmpty();
        _nudges.Nudges.Count.ShouldBe(2);
        _nudges.Nudges[1].ShouldBeGreaterThan(_nudges.Nudges[0]);
    }

    [Fact]
    public async Task ANewVersionWithALaterDueEndsTheBreachAndOneInAnotherDepartmentMovesIt()
    {
        var store = Store;
        await store.ApplyAsync(Requests.Open("d-7", Requested, expected: Requested.AddMinutes(1)));
        await store.ApplyAsync(Requests.Open("d-8", Requested, expected: Requested.AddMinutes(2)));

        await store.ApplyManyAsync([
            Requests.Open("d-7", Requested, updated: Requested.AddMinutes(3), expected: Requested.AddDays(1)),
            Requests.Open("d-8", Requested, updated: Requested.AddMinutes(3), expected: Requested.AddMinutes(2), department: "water"),
        ]);

        var counts = await Counts();
        counts["city"].ShouldBe(1);
        counts.ShouldNotContainKey("dept:streets");
        counts["dept:water"].ShouldBe(1);
        (await DueScore("d-7")).ShouldBe(Requested.AddDays(1).ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task CountersKeepCountingAsBefore()
    {
        var store = Store;
        await store.ApplyAsync(Requests.Open("d-9", Requested, expected: Requested.AddMinutes(1)));
        await store.ApplyAsync(Requests.Closed("d-9", Requested, Requested.AddMinutes(4)));

        var city = await store.ReadFigureAsync("city", Philly311.Ops.Contracts.Time.CityTime.LocalDate(Requested));

        city.Counts.Received.ShouldBe(1);
        city.Counts.Closed.ShouldBe(1);
    }

    private async Task<long?> DueScore(string id)
    {
        var due = await Db.SortedSetRangeByRankWithScoresAsync(Keys.Due);
        var key = Store.Keys.Record(id).ToString() + "\t";
        return due.Where(e => e.Element.ToString().StartsWith(key, StringComparison.Ordinal)).Select(e => (long?)e.Score).SingleOrDefault();
    }

    private async Task<Dictionary<string, long>> Counts() =>
        (await Db.HashGetAllAsync(Keys.Counts)).ToDictionary(e => e.Name.ToString(), e => (long)e.Value);
}
