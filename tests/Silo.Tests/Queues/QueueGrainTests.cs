using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Silo.Contacts;
using Philly311.Ops.Silo.Counters;
using Philly311.Ops.Silo.Queues;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Tests.Queues;

/// <summary>Queue grains on the Orleans TestingHost, fed by real contact commits to a real Redis.</summary>
[Collection(RedisCollection.Name)]
public sealed class QueueGrainTests(RedisServer redis) : IAsyncLifetime
{
    private static readonly TimeSpan Push = TimeSpan.FromSeconds(5);

    private readonly string _prefix = $"k{Guid.NewGuid():N}:"[..10];
    private InProcessTestCluster _cluster = null!;
    private ContactStore _store = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton<IConnectionMultiplexer>(redis.Connection!);
            silo.Services.Configure<CounterOptions>(o => o.KeyPrefix = _prefix);
            silo.Services.Configure<QueueOptions>(o => o.PerQueue["slow"] = new QueueSettings { OldestWaitBreachSeconds = 10 });
            silo.Services.AddCounterServices();
            silo.Services.AddContactServices();
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
        _store = _cluster.Silos[0].ServiceProvider.GetRequiredService<ContactStore>();
    }

    [Fact]
    public async Task AWaitPastTheThresholdOpensABreachWithNoNewEventAndTheAnswerEndsIt()
    {
        var observer = new RecordingQueueObserver();
        await _cluster.Client.GetGrain<IQueueGrain>("queue:slow").SubscribeAsync(_cluster.Client.CreateObjectReference<IQueueObserver>(observer));
        var offeredAt = DateTimeOffset.UtcNow.AddSeconds(-8);

        await _store.ApplyContactsAsync([new ContactEvent("g1", "offered", "c1", "slow", "phone", "en", null, offeredAt)]);
        var waiting = await observer.WaitForAsync(f => f.Waiting == 1, Push);
        var breached = await observer.WaitForAsync(f => f.Breach is not null, Push);
        await _store.ApplyContactsAsync([new ContactEvent("g2", "answered", "c1", "slow", "phone", "en", "a1", DateTimeOffset.UtcNow)]);
        var ended = await observer.WaitForAsync(f => f.Breach is null && f.RecentBreaches.Length == 1, Push);

        waiting.OldestWaitingSince!.Value.ShouldBe(offeredAt, TimeSpan.FromMilliseconds(1));
        // The first frame is due ~2 s before the threshold passes; only one composed before it must be clear of the breach
        // (on a loaded machine the commit and its push can take longer, and then the breach is rightly there at once).
        if (waiting.AsOf < offeredAt.AddSeconds(10))
        {
            waiting.Breach.ShouldBeNull();
            waiting.Staffing.ProjectedBreachAt!.Value.ShouldBe(offeredAt.AddSeconds(10), TimeSpan.FromMilliseconds(1));
        }
        breached.Breach!.Reason.ShouldBe(QueueBreachReason.OldestWait);
        breached.Breach.Start.ShouldBe(offeredAt.AddSeconds(10), TimeSpan.FromMilliseconds(1));
        ended.Waiting.ShouldBe(0);
        ended.Answered.ShouldBe(1);
        ended.RecentBreaches[0].End.ShouldNotBeNull();
        var (open, log) = await _cluster.Silos[0].ServiceProvider.GetRequiredService<QueueBreachLog>().ReadAsync("queue:slow");
        open.ShouldBeNull();
        log.Single().Start.ShouldBe(breached.Breach.Start);
    }

    [Fact]
    public async Task TheCityRollUpListsANewQueueAndAQuietQueueSendsHeartbeats()
    {
        var observer = new RecordingQueueObserver();
        await _cluster.Client.GetGrain<IQueueGrain>(QueueKeys.City).SubscribeAsync(_cluster.Client.CreateObjectReference<IQueueObserver>(observer));

        await _store.ApplyContactsAsync([new ContactEvent("g3", "offered", "c3", "new-queue", "sms", "en", null, DateTimeOffset.UtcNow)]);

        var frame = await observer.WaitForAsync(f => f.Queues.Contains("queue:new-queue"), Push);
        frame.Offered.ShouldBe(1);
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (observer.Heartbeats == 0 && DateTime.UtcNow < deadline) await Task.Delay(50, TestContext.Current.CancellationToken);
        observer.Heartbeats.ShouldBeGreaterThan(0);
    }

    public async ValueTask DisposeAsync() => await _cluster.DisposeAsync();
}
