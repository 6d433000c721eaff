using Microsoft.Extensions.Options;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Counters;
using Philly311.Ops.Silo.Figures;
using Philly311.Ops.Silo.Geography;
using Philly311.Ops.Silo.Ingest;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Counters;

/// <summary>Retention against a real Redis: what is closed long enough goes, what is open or reopened stays, counts never move.</summary>
[Collection(RedisCollection.Name)]
public sealed class RecordRetentionTests(RedisServer redis)
{
    private readonly CounterOptions _options = new() { KeyPrefix = $"r{Guid.NewGuid():N}"[..10], ClosedRecordRetention = TimeSpan.FromDays(30), DaysKept = 35 };

    [Fact]
    public async Task ClosedRecordsPastTheirRetentionAreDeletedAndOpenOrReopenedOnesKept()
    {
        var store = new CounterStore(redis.Connection!, Options.Create(_options), new NoForwards(), TimeProvider.System);
        var normalizer = new ServiceRequestNormalizer(CityMap.Load(RepoFiles.GeographyData), TimeProvider.System);
        var requested = DateTimeOffset.UtcNow.AddHours(-3);
        await store.ApplyManyAsync([
            Version(normalizer, "old-closed", requested, closed: requested.AddHours(1)),
            Version(normalizer, "still-open", requested),
            Version(normalizer, "reopened", requested, closed: requested.AddHours(1)),
        ]);
        await store.ApplyAsync(Version(normalizer, "reopened", requested, updated: requested.AddHours(2), status: "open"));
        var before = await store.ReadFiguresAsync("", CityTime.LocalDate(DateTimeOffset.UtcNow));

        // 31 days later: the first closed record is past 30 days; the reopened one is open again.
        var later = new ShiftedClock(TimeSpan.FromDays(31));
        var retention = new RecordRetention(redis.Connection!, later);
        var (records, _) = await retention.SweepAsync(store.Keys, _options, TestContext.Current.CancellationToken);

        records.ShouldBe(1);
        (await redis.Database.KeyExistsAsync(store.Keys.Record("old-closed"))).ShouldBeFalse();
        (await redis.Database.KeyExistsAsync(store.Keys.Record("still-open"))).ShouldBeTrue();
        (await redis.Database.KeyExistsAsync(store.Keys.Record("reopened"))).ShouldBeTrue();
        var after = await store.ReadFiguresAsync("", CityTime.LocalDate(DateTimeOffset.UtcNow));
        after.Figures.Single(f => f.Figure == "city").ShouldBe(before.Figures.Single(f => f.Figure == "city"));
    }

    [Fact]
    public async Task DayCountersOlderThanTheDaysKeptAreDeleted()
    {
        var store = new CounterStore(redis.Connection!, Options.Create(_options), new NoForwards(), TimeProvider.System);
        var normalizer = new ServiceRequestNormalizer(CityMap.Load(RepoFiles.GeographyData), TimeProvider.System);
        await store.ApplyAsync(Version(normalizer, "day-1", DateTimeOffset.UtcNow.AddHours(-1)));
        var todayFields = await redis.Database.HashLengthAsync(store.Keys.Days);

        var retention = new RecordRetention(redis.Connection!, new ShiftedClock(TimeSpan.FromDays(40)));
        var (_, fields) = await retention.SweepAsync(store.Keys, _options, TestContext.Current.CancellationToken);

        todayFields.ShouldBeGreaterThan(0);
        fields.ShouldBe(todayFields);
        (await redis.Database.HashLengthAsync(store.Keys.Days)).ShouldBe(0);
        (await redis.Database.HashGetAsync(store.Keys.AllTime, "city|r")).ShouldBe(1, "all-time counters are never swept");
    }

    private static RequestVersion Version(
        ServiceRequestNormalizer normalizer, string id, DateTimeOffset requested, DateTimeOffset? closed = null, DateTimeOffset? updated = null, string? status = null)
    {
        var raw = new RawEvent
        {
            Id = id, Agency = "Streets Department", Requested = requested.ToString("O"),
            Closed = closed?.ToString("O"), Updated = updated?.ToString("O"), Status = status ?? (closed is null ? "open" : "closed"),
        };
        normalizer.TryNormalize(raw, out var version, out var error).ShouldBeTrue(error?.Message);
        return version!;
    }

    private sealed class NoForwards : IFigureForwarder
    {
        public void Forward(CommittedChanges changes) { }
    }

    private sealed class ShiftedClock(TimeSpan ahead) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + ahead;
    }
}
