using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.TestingHost;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Silo.Counters;
using Philly311.Ops.Silo.Figures;
using Philly311.Ops.Silo.Geography;
using Philly311.Ops.Silo.Ingest;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Tests.Figures;

/// <summary>Figure and list grains on the Orleans TestingHost, fed by real commits to a real Redis.</summary>
[Collection(RedisCollection.Name)]
public sealed class FigureGrainTests(RedisServer redis) : IAsyncLifetime
{
    private static readonly TimeSpan Push = TimeSpan.FromSeconds(5);

    private readonly string _prefix = $"g{Guid.NewGuid():N}:"[..10];
    private InProcessTestCluster _cluster = null!;
    private CounterStore _store = null!;
    private CounterStore _storeThatLosesForwards = null!;
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
        // The silo's own store forwards to its router, as the ingest endpoints do.
        _store = _cluster.Silos[0].ServiceProvider.GetRequiredService<CounterStore>();
        // A store whose forwards vanish: what a silo killed between its commit and its forward leaves behind.
        _storeThatLosesForwards = new CounterStore(redis.Connection!, Options.Create(new CounterOptions { KeyPrefix = _prefix }), new LostForwards(), TimeProvider.System);
        _normalizer = new ServiceRequestNormalizer(CityMap.Load(RepoFiles.GeographyData), TimeProvider.System);
    }

    [Fact]
    public async Task ACommitIsPushedToSubscribersOfEveryFigureItTouched()
    {
        var city = new RecordingObserver();
        var department = new RecordingObserver();
        await Subscribe(FigureDimension.City, city);
        await Subscribe("dept:streets", department);

        var (_, sequence) = await _store.ApplyAsync(Version("fig-1", "Streets Department", "Abandoned Vehicle"));

        var cityFrame = await city.WaitForFigureAsync(f => f.Sequence >= sequence, Push);
        cityFrame.Entry.Received.ShouldBe(1);
        cityFrame.Entry.Open.ShouldBe(1);
        cityFrame.QuarterHours.Sum().ShouldBe(1);
        var streets = await department.WaitForFigureAsync(f => f.Entry.Received == 1, Push);
        streets.Entry.Key.ShouldBe("streets");
        streets.Entry.Name.ShouldBe("Streets Department");
    }

    [Fact]
    public async Task TheRequestTypeIsAFigureOfItsOwn()
    {
        await _store.ApplyAsync(Version("fig-2", "Streets Department", "Snow Emergency Parking"));
        await _store.ApplyAsync(Version("fig-3", "Police Department", "Snow Emergency Parking"));

        var frame = await _cluster.Client.GetGrain<IFigureGrain>("service:snow-emergency-parking").GetFrameAsync();

        frame.Entry.Received.ShouldBe(2);
        frame.Entry.Name.ShouldBe("Snow Emergency Parking");
    }

    [Fact]
    public async Task AQuietFigureSendsHeartbeatsCarryingItsSequence()
    {
        var (_, sequence) = await _store.ApplyAsync(Version("fig-4", "Police Department"));
        var observer = new RecordingObserver();
        await Subscribe(FigureDimension.City, observer);

        // A beat goes out on the grain's 1 s tick once it was quiet for 1 s, so the first one is up to ~2 s away; the deadline
        // only bounds a broken grain, the freshness of what it vouches for is asserted below.
        var beat = await observer.WaitForHeartbeatAsync(TimeSpan.FromSeconds(10));

        beat.Key.ShouldBe(FigureDimension.City);
        beat.Sequence.ShouldBe(sequence);
        (DateTimeOffset.UtcNow - beat.AsOf).ShouldBeLessThan(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task AVersionGapMakesTheGrainReReadRedis()
    {
        var observer = new RecordingObserver();
        await Subscribe(FigureDimension.City, observer);
        var midnight = Contracts.Time.CityTime.ToLocal(DateTimeOffset.UtcNow).Date;
        var oneAm = new DateTimeOffset(midnight.AddHours(1), Contracts.Time.CityTime.Zone.GetUtcOffset(midnight.AddHours(1)));
        await _storeThatLosesForwards.ApplyAsync(Version("gap-1", "Fire Department", requested: oneAm));

        // The next commit's change says version 2 while the grain holds 0: one version never came. Its own fields
        // (the 2 am quarter-hour, the total) arrive with it; the 1 am quarter-hour only a re-read can bring.
        await _store.ApplyAsync(Version("gap-2", "Fire Department", requested: oneAm.AddHours(1)));

        var healed = await observer.WaitForFigureAsync(f => f.Version == 2 && f.QuarterHours[4] == 1, Push);
        healed.QuarterHours[8].ShouldBe(1);
        // The re-read replaced, it did not add: two requests, not three.
        healed.Entry.Received.ShouldBe(2);
        observer.Figures.ShouldAllBe(f => f.Entry.Received <= 2);
    }

    [Fact]
    public async Task ALostForwardIsHealedByTheReconcileWithinTenSeconds()
    {
        var observer = new RecordingObserver();
        await Subscribe("dept:water", observer);
        var started = DateTime.UtcNow;

        await _storeThatLosesForwards.ApplyAsync(Version("lost-1", "Water Department"));

        var healed = await observer.WaitForFigureAsync(f => f.Entry.Received == 1, TimeSpan.FromSeconds(10));
        (DateTime.UtcNow - started).ShouldBeLessThan(TimeSpan.FromSeconds(10));
        healed.Entry.Key.ShouldBe("water");
    }

    [Fact]
    public async Task TheDepartmentListIsPushedCompleteUpToItsSequence()
    {
        var observer = new RecordingObserver();
        await _cluster.Client.GetGrain<IFigureListGrain>(FigureDimension.Department).SubscribeAsync(_cluster.Client.CreateObjectReference<IFigureObserver>(observer));

        var last = 0L;
        for (var i = 0; i < 10; i++) (_, last) = await _store.ApplyAsync(Version($"list-{i}", i % 2 == 0 ? "Police Department" : "Fire Department"));

        var frame = await observer.WaitForListAsync(f => f.Sequence >= last, Push);
        frame.Entries.Single(e => e.Key == "police").Received.ShouldBe(5);
        frame.Entries.Single(e => e.Key == "fire").Received.ShouldBe(5);
        frame.Entries.Sum(e => e.Received).ShouldBe(10);
        frame.Entries.ShouldContain(e => e.Key == "unassigned" && e.Received == 0, "catalogued departments are listed at zero");
    }

    [Fact]
    public async Task AClosedVersionMovesTheRequestFromOpenToClosedInEveryFigure()
    {
        var requested = DateTimeOffset.UtcNow.AddMinutes(-30);
        await _store.ApplyAsync(Version("close-1", "Streets Department", requested: requested));
        await _store.ApplyAsync(Version("close-1", "Streets Department", requested: requested, closed: requested.AddMinutes(20)));

        var city = await _cluster.Client.GetGrain<IFigureGrain>(FigureDimension.City).GetFrameAsync();
        var list = await _cluster.Client.GetGrain<IFigureListGrain>(FigureDimension.Department).GetFrameAsync();

        city.Entry.Received.ShouldBe(1);
        city.Entry.Open.ShouldBe(0);
        city.Entry.ClosedToday.ShouldBe(1);
        list.Entries.Single(e => e.Key == "streets").Open.ShouldBe(0);
    }

    private Task Subscribe(string figure, RecordingObserver observer) =>
        _cluster.Client.GetGrain<IFigureGrain>(figure).SubscribeAsync(_cluster.Client.CreateObjectReference<IFigureObserver>(observer));

    private RequestVersion Version(string id, string agency, string? service = null, DateTimeOffset? requested = null, DateTimeOffset? closed = null)
    {
        var raw = new RawEvent
        {
            Id = id, Agency = agency, ServiceName = service,
            Requested = (requested ?? DateTimeOffset.UtcNow).ToString("O"),
            Closed = closed?.ToString("O"), Status = closed is null ? "open" : "closed",
        };
        _normalizer.TryNormalize(raw, out var version, out var error).ShouldBeTrue(error?.Message);
        return version!;
    }

    public async ValueTask DisposeAsync()
    {
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
    }

    private sealed class LostForwards : IFigureForwarder
    {
        public void Forward(CommittedChanges changes) { }
    }
}
