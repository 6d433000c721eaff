using Microsoft.Extensions.Options;
using Philly311.Ops.Dashboard.Alerts;
using Philly311.Ops.TestSupport;
using StackExchange.Redis;

namespace Philly311.Ops.Dashboard.Tests.Alerts;

/// <summary>The shared log against a real redis-server: two dashboards (two connections) seeing the same transitions.</summary>
public sealed class AlertLogTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 1, 15, 15, 0, 0, TimeSpan.Zero);
    private ConnectionMultiplexer? _second;

    public async ValueTask InitializeAsync()
    {
        await redis.FlushAsync();
        _second = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        if (_second is not null) await _second.DisposeAsync();
    }

    private AlertLog First(int keep = 2_000) => new(redis.Connection!, Options.Create(new AlertOptions { LogKeep = keep }));

    private AlertLog Second() => new(_second!, Options.Create(new AlertOptions()));

    private static AlertReading Reading(string subject, AlertLevel level, DateTimeOffset evidence) =>
        new(subject, "Main line", level, AlertEvaluation.ServiceLevel, "62 %", "< 70 %", evidence);

    [Fact]
    public async Task TwoDashboardsRaisingTheSameAlertTogetherLogItOnce()
    {
        var (a, b) = (First(), Second());

        var opened = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            (i % 2 == 0 ? a : b).RaiseAsync(Reading("queue:main", AlertLevel.Amber, At.AddMilliseconds(i)))));

        opened.Count(o => o).ShouldBe(1);
        var log = await b.RecentAsync(50);
        log.Count.ShouldBe(1);
        log[0].Open.ShouldBeTrue();
        log[0].Level.ShouldBe(AlertLevel.Amber);
    }

    [Fact]
    public async Task GoingRedRaisesTheOpenAlertAndBackToOkClosesItOnce()
    {
        var (a, b) = (First(), Second());
        await a.RaiseAsync(Reading("queue:main", AlertLevel.Amber, At));

        (await b.RaiseAsync(Reading("queue:main", AlertLevel.Red, At.AddSeconds(5)))).ShouldBeFalse();
        (await a.ClearAsync("queue:main", At.AddSeconds(9))).ShouldBeTrue();
        (await b.ClearAsync("queue:main", At.AddSeconds(9))).ShouldBeFalse();

        var entry = (await a.RecentAsync(10)).ShouldHaveSingleItem();
        entry.Level.ShouldBe(AlertLevel.Red);
        entry.ClosedAt.ShouldBe(At.AddSeconds(9));
        entry.Threshold.ShouldBe("< 70 %");
    }

    [Fact]
    public async Task ADashboardBehindTheCloseCannotReopenFromOlderNumbers()
    {
        var (a, b) = (First(), Second());
        await a.RaiseAsync(Reading("department:streets", AlertLevel.Amber, At));
        await a.ClearAsync("department:streets", At.AddSeconds(10));

        (await b.RaiseAsync(Reading("department:streets", AlertLevel.Amber, At.AddSeconds(3)))).ShouldBeFalse();
        (await b.RaiseAsync(Reading("department:streets", AlertLevel.Red, At.AddSeconds(20)))).ShouldBeTrue();

        var log = await a.RecentAsync(10);
        log.Count.ShouldBe(2);
        log[0].Level.ShouldBe(AlertLevel.Red);
        log[0].Open.ShouldBeTrue();
        log[1].Open.ShouldBeFalse();
    }

    [Fact]
    public async Task AnAlertIsAcknowledgedOnceWithWhoAndWhen()
    {
        var (a, b) = (First(), Second());
        await a.RaiseAsync(Reading("queue:main", AlertLevel.Red, At));
        var id = (await a.RecentAsync(1))[0].Id;

        (await a.AcknowledgeAsync(id, "director", At.AddMinutes(1))).ShouldBeTrue();
        (await b.AcknowledgeAsync(id, "liaison", At.AddMinutes(2))).ShouldBeFalse();

        var entry = (await b.RecentAsync(1))[0];
        entry.AcknowledgedBy.ShouldBe("director");
        entry.AcknowledgedAt.ShouldBe(At.AddMinutes(1));
    }

    [Fact]
    public async Task TheLogKeepsOnlyItsCap()
    {
        var log = First(keep: 10);
        for (var i = 0; i < 15; i++) await log.RaiseAsync(Reading($"queue:q{i}", AlertLevel.Amber, At));

        (await log.RecentAsync(100)).Count.ShouldBe(10);
        (await redis.Database.HashLengthAsync(AlertLog.EntriesKey)).ShouldBe(10);
    }
}
