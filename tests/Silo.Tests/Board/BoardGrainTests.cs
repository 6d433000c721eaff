using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.TestingHost;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Silo.Counters;
using Philly311.Ops.Silo.Ingest;
using Philly311.Ops.Silo.Geography;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Tests.Board;

/// <summary>The board grain on the Orleans TestingHost, reading counters from a real Redis.</summary>
[Collection(RedisCollection.Name)]
public sealed class BoardGrainTests(RedisServer redis) : IAsyncLifetime
{
    private readonly string _prefix = $"g{Guid.NewGuid():N}:"[..10];
    private InProcessTestCluster _cluster = null!;
    private CounterStore _store = null!;
    private ServiceRequestNormalizer _normalizer = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton<IConnectionMultiplexer>(redis.Connection!);
            silo.Services.Configure<CounterOptions>(o => o.KeyPrefix = _prefix);
            silo.Services.AddCounterServices();
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
        _store = new CounterStore(redis.Connection!, Options.Create(new CounterOptions { KeyPrefix = _prefix }));
        _normalizer = new ServiceRequestNormalizer(CityMap.Load(RepoFiles.GeographyData), TimeProvider.System);
    }

    [Fact]
    public async Task AWriteIsPushedToASubscriberAsASnapshotThatReflectsIt()
    {
        var observer = new RecordingObserver();
        var board = _cluster.Client.GetGrain<IBoardGrain>(IBoardGrain.CityKey);
        await board.SubscribeAsync(_cluster.Client.CreateObjectReference<IBoardObserver>(observer));

        var (_, sequence) = await _store.ApplyAsync(Version("grain-1", "Streets Department"));

        // Latency is measured by the load tests; here a generous bound only proves the push happens by itself.
        var seen = await observer.WaitForAsync(s => s.Sequence >= sequence, TimeSpan.FromSeconds(5));
        seen.City.Received.ShouldBe(1);
        seen.Departments.Single(d => d.Key == "streets").Open.ShouldBe(1);
    }

    [Fact]
    public async Task AQuietBoardSendsHeartbeatsCarryingTheCurrentSequence()
    {
        var observer = new RecordingObserver();
        var board = _cluster.Client.GetGrain<IBoardGrain>(IBoardGrain.CityKey);
        var (_, sequence) = await _store.ApplyAsync(Version("grain-2", "Police Department"));
        await board.SubscribeAsync(_cluster.Client.CreateObjectReference<IBoardObserver>(observer));

        var beat = await observer.WaitForHeartbeatAsync(TimeSpan.FromSeconds(3));

        beat.Sequence.ShouldBe(sequence);
        (DateTimeOffset.UtcNow - beat.AsOf).ShouldBeLessThan(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task TheSnapshotAnswersWithWhatRedisHolds()
    {
        await _store.ApplyAsync(Version("grain-3", "Fire Department"));

        var snapshot = await _cluster.Client.GetGrain<IBoardGrain>(IBoardGrain.CityKey).GetSnapshotAsync();

        snapshot.Departments.Single(d => d.Key == "fire").Received.ShouldBe(1);
        snapshot.Neighborhoods.Length.ShouldBe(159, "158 neighborhoods and Unknown");
    }

    private RequestVersion Version(string id, string agency)
    {
        _normalizer.TryNormalize(new RawEvent { Id = id, Agency = agency, Requested = DateTimeOffset.UtcNow.ToString("O") }, out var version, out var error)
            .ShouldBeTrue(error?.Message);
        return version!;
    }

    public async ValueTask DisposeAsync()
    {
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
    }

    private sealed class RecordingObserver : IBoardObserver
    {
        private readonly ConcurrentQueue<BoardSnapshot> _snapshots = new();
        private readonly ConcurrentQueue<BoardHeartbeat> _heartbeats = new();

        public void OnBoardChanged(BoardSnapshot snapshot) => _snapshots.Enqueue(snapshot);

        public void OnHeartbeat(BoardHeartbeat heartbeat) => _heartbeats.Enqueue(heartbeat);

        public async Task<BoardSnapshot> WaitForAsync(Func<BoardSnapshot, bool> condition, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < deadline)
            {
                if (_snapshots.FirstOrDefault(condition) is { } match) return match;
                await Task.Delay(20);
            }
            throw new TimeoutException($"No matching snapshot within {timeout}; got {_snapshots.Count}");
        }

        public async Task<BoardHeartbeat> WaitForHeartbeatAsync(TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < deadline)
            {
                if (_heartbeats.TryPeek(out var beat)) return beat;
                await Task.Delay(20);
            }
            throw new TimeoutException($"No heartbeat within {timeout}");
        }
    }
}
