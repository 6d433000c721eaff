using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Philly311.Ops.Contracts.DayShape;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Counters;
using Philly311.Ops.Silo.Geography;
using Philly311.Ops.Silo.Ingest;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Tests.DayShape;

/// <summary>Last week's quarter-hours for the chart, read by the day-shape grain from a real Redis.</summary>
[Collection(RedisCollection.Name)]
public sealed class DayShapeGrainTests(RedisServer redis) : IAsyncLifetime
{
    private readonly string _prefix = $"s{Guid.NewGuid():N}:"[..10];
    private InProcessTestCluster _cluster = null!;

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
    }

    [Fact]
    public async Task ADayWithRequestsAnswersItsQuarterHoursAndADayWithoutAnyAnswersNoData()
    {
        var store = _cluster.Silos[0].ServiceProvider.GetRequiredService<CounterStore>();
        var normalizer = new ServiceRequestNormalizer(CityMap.Load(RepoFiles.GeographyData), TimeProvider.System);
        var lastWeek = CityTime.LocalDate(DateTimeOffset.UtcNow).AddDays(-7);
        // 09:05 city time that day, whatever its UTC offset: quarter slot 36.
        var local = lastWeek.ToDateTime(new TimeOnly(9, 5));
        var requested = new DateTimeOffset(local, CityTime.Zone.GetUtcOffset(local));
        var raw = new RawEvent { Id = "shape-1", Agency = "Streets Department", Requested = requested.ToString("O"), Status = "open" };
        normalizer.TryNormalize(raw, out var version, out var error).ShouldBeTrue(error?.Message);
        await store.ApplyAsync(version!);

        var city = await _cluster.Client.GetGrain<IDayShapeGrain>("city").GetQuarterHoursAsync(CityTime.DayKey(lastWeek));
        var streets = await _cluster.Client.GetGrain<IDayShapeGrain>("dept:streets").GetQuarterHoursAsync(CityTime.DayKey(lastWeek));
        var before = await _cluster.Client.GetGrain<IDayShapeGrain>("city").GetQuarterHoursAsync(CityTime.DayKey(lastWeek.AddDays(-1)));

        city.ShouldNotBeNull();
        city.Length.ShouldBe(96);
        city[36].ShouldBe(1);
        city.Sum().ShouldBe(1);
        streets.ShouldNotBeNull()[36].ShouldBe(1);
        before.ShouldBeNull("nothing was counted that day");
    }

    [Fact]
    public async Task ADayThatIsNotAnIsoDateIsRefusedNamingIt()
    {
        var error = await Should.ThrowAsync<ArgumentException>(() => _cluster.Client.GetGrain<IDayShapeGrain>("city").GetQuarterHoursAsync("1/12/2026"));

        error.Message.ShouldContain("'1/12/2026' is not an ISO date");
    }

    public async ValueTask DisposeAsync() => await _cluster.DisposeAsync();
}
