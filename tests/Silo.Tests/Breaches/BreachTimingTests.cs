using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Philly311.Ops.Contracts.Breaches;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Breaches;
using Philly311.Ops.Silo.Counters;
using Philly311.Ops.Silo.Geography;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Breaches;

/// <summary>When a request becomes breached, on a fake clock: the sweep breaches by time passing, once.</summary>
[Collection(RedisCollection.Name)]
public sealed class BreachTimingTests(RedisServer redis)
{
    private static readonly DateTimeOffset Requested = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Requested);
    private readonly CounterOptions _options = new() { KeyPrefix = $"b{Guid.NewGuid():N}"[..10] };

    [Fact]
    public async Task ARequestIsBreachedByTheFirstSweepAtOrAfterItsDueTimeAndOnlyOnce()
    {
        var (counters, breaches) = Stores(SlaTable.Default);
        var due = Requested + SlaTable.Default.DefaultSla;
        await counters.ApplyAsync(Requests.Open("t-1", Requested));

        _clock.SetUtcNow(due.AddMilliseconds(-1));
        var early = await breaches.SweepAsync(_clock.GetUtcNow(), 0);
        _clock.SetUtcNow(due);
        var onTime = await breaches.SweepAsync(_clock.GetUtcNow(), early.Version);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var again = await breaches.SweepAsync(_clock.GetUtcNow(), onTime.Version);

        early.Moved.ShouldBe(0);
        onTime.Moved.ShouldBe(1);
        onTime.Reading.ShouldNotBeNull().Counts["city"].ShouldBe(1);
        onTime.Reading.Longest.Single().Due.ShouldBe(due);
        again.Moved.ShouldBe(0);
        again.Reading.ShouldBeNull();
        (await breaches.ReadAsync()).Counts["dept:streets"].ShouldBe(1);
    }

    [Fact]
    public async Task TheTypesSlaFromConfigSetsTheDueTimeAndUnknownTypesGetTheDefault()
    {
        var sla = new SlaTable(Options.Create(new BreachOptions
        {
            DefaultSla = TimeSpan.FromHours(72),
            SlaByRequestType = { ["Street Light Outage"] = TimeSpan.FromHours(2) },
        }));
        var (counters, breaches) = Stores(sla);
        await counters.ApplyManyAsync([
            Requests.Open("t-2", Requested, service: "street-light-outage"),
            Requests.Open("t-3", Requested, service: "type-never-configured"),
        ]);

        _clock.SetUtcNow(Requested.AddHours(2));
        var sweep = await breaches.SweepAsync(_clock.GetUtcNow(), 0);

        sweep.Moved.ShouldBe(1);
        sweep.Reading!.Counts["service:street-light-outage"].ShouldBe(1);
        sla.SlaOf("type-never-configured").ShouldBe(TimeSpan.FromHours(72));
    }

    [Fact]
    public void AnSlaIsElapsedTimeAcrossTheSpringForwardNight()
    {
        var sla = new SlaTable(Options.Create(new BreachOptions { DefaultSla = TimeSpan.FromHours(24) }));
        // 01:30 EST on the night clocks jump to 03:00 EDT: 24 elapsed hours later is 02:30 EDT the next day.
        var requested = new DateTimeOffset(2026, 3, 8, 1, 30, 0, TimeSpan.FromHours(-5));

        var due = sla.DueOf(Requests.Open("t-4", requested))!.Value;

        TimeZoneInfo.ConvertTime(due, CityTime.Zone).ShouldBe(new DateTimeOffset(2026, 3, 9, 2, 30, 0, TimeSpan.FromHours(-4)));
        sla.DueOf(Requests.Closed("t-4", requested, requested.AddHours(1))).ShouldBeNull();
    }

    [Fact]
    public async Task TheFrameNamesTheLongestOverdueAndItsOverdueByTicksWithTheClock()
    {
        var (counters, breaches) = Stores(SlaTable.Default);
        await counters.ApplyManyAsync([
            Requests.Open("t-5", Requested, expected: Requested.AddMinutes(10), neighborhood: "unknown"),
            Requests.Open("t-6", Requested, expected: Requested.AddMinutes(5)),
        ]);
        _clock.SetUtcNow(Requested.AddMinutes(20));
        var reading = (await breaches.SweepAsync(_clock.GetUtcNow(), 0)).Reading!;
        var composer = new BreachFrameComposer(CityMap.Load(RepoFiles.GeographyData), counters.Keys.RecordPrefix);

        var frame = composer.Compose(reading, _clock.GetUtcNow());

        frame.Total.ShouldBe(2);
        frame.Longest.Select(r => r.Id).ShouldBe(["t-6", "t-5"]);
        frame.Longest[0].DepartmentName.ShouldBe("streets name");
        frame.Longest[1].NeighborhoodName.ShouldBe(Places.UnknownName);
        frame.Longest[0].OverdueBy(_clock.GetUtcNow()).ShouldBe(TimeSpan.FromMinutes(15));
        _clock.Advance(TimeSpan.FromSeconds(1));
        frame.Longest[0].OverdueBy(_clock.GetUtcNow()).ShouldBe(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        frame.Neighborhoods.Select(n => (n.Key, n.Count)).ShouldBe([("fishtown", 1L), ("unknown", 1L)]);
    }

    private (CounterStore Counters, BreachStore Breaches) Stores(SlaTable sla)
    {
        var options = Options.Create(_options);
        var nudges = new RecordingNudges();
        return (new CounterStore(redis.Connection!, options, nudges, _clock, sla, nudges), new BreachStore(redis.Connection!, options));
    }
}
