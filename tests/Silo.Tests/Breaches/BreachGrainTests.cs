using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Philly311.Ops.Contracts.Breaches;
using Philly311.Ops.Silo.Breaches;
using Philly311.Ops.Silo.Counters;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Tests.Breaches;

/// <summary>The breach grain on the Orleans TestingHost with a real Redis: breaches by time passing reach an observer.</summary>
[Collection(RedisCollection.Name)]
public sealed class BreachGrainTests(RedisServer redis) : IAsyncLifetime
{
    private readonly string _prefix = $"x{Guid.NewGuid():N}:"[..10];
    private InProcessTestCluster _cluster = null!;
    private CounterStore _store = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton<IConnectionMultiplexer>(redis.Connection!);
            silo.Services.Configure<CounterOptions>(o => o.KeyPrefix = _prefix);
            silo.Services.AddCounterServices();
            silo.Services.AddBreachServices();
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
        _store = _cluster.Silos[0].ServiceProvider.GetRequiredService<CounterStore>();
    }

    [Fact]
    public async Task AnOpenRequestPassingItsDueTimeReachesTheObserverWithinASecondWithNoNewEvent()
    {
        var observer = new RecordingBreachObserver();
        var grain = _cluster.Client.GetGrain<IBreachGrain>(IBreachGrain.City);
        await grain.SubscribeAsync(_cluster.Client.CreateObjectReference<IBreachObserver>(observer));
        var due = DateTimeOffset.UtcNow.AddSeconds(1.5);
        await _store.ApplyAsync(Requests.Open("g-1", due.AddHours(-1), expected: due));
        var appliedAt = DateTimeOffset.UtcNow;

        var (frame, at) = await observer.WaitForFrameAsync(f => f.Total == 1, TimeSpan.FromSeconds(5));
        TestContext.Current.TestOutputHelper?.WriteLine($"committed {(due - appliedAt).TotalMilliseconds:F0} ms before the due time; on the observer {(at - due).TotalMilliseconds:F0} ms after it");

        (at - due).ShouldBeLessThan(TimeSpan.FromSeconds(1));
        at.ShouldBeGreaterThanOrEqualTo(due);
        frame.Departments.Single().ShouldBe(new BreachCount("streets", "streets name", 1));
        frame.Longest.Single().Id.ShouldBe("g-1");
    }

    [Fact]
    public async Task ClosingABreachedRequestShowsAtOnceAndAQuietGrainBeats()
    {
        var observer = new RecordingBreachObserver();
        var grain = _cluster.Client.GetGrain<IBreachGrain>(IBreachGrain.City);
        await grain.SubscribeAsync(_cluster.Client.CreateObjectReference<IBreachObserver>(observer));
        var requested = DateTimeOffset.UtcNow.AddHours(-2);
        await _store.ApplyAsync(Requests.Open("g-2", requested, expected: requested.AddHours(1)));
        await observer.WaitForFrameAsync(f => f.Total == 1, TimeSpan.FromSeconds(5));

        await _store.ApplyAsync(Requests.Closed("g-2", requested, DateTimeOffset.UtcNow));
        var closedAt = DateTimeOffset.UtcNow;

        var (frame, at) = await observer.WaitForFrameAsync(f => f.Total == 0, TimeSpan.FromSeconds(5));
        frame.Longest.ShouldBeEmpty();
        (at - closedAt).ShouldBeLessThan(TimeSpan.FromSeconds(1));
        var beat = await observer.WaitForHeartbeatAsync(frame.Version, TimeSpan.FromSeconds(10));
        beat.AsOf.ShouldBeGreaterThan(frame.AsOf);
    }

    public async ValueTask DisposeAsync()
    {
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
    }
}
