extern alias loadtests;

using System.Globalization;
using System.Net.Http.Json;
using loadtests::Philly311.Ops.LoadTests.Providers;
using Microsoft.Extensions.DependencyInjection;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Push;

/// <summary>The deflection grain on the real silo: it reads the mapped queue's quarter hours from its grain when asked.</summary>
[Collection(RedisCollection.Name)]
public sealed class DeflectionGrainTests(RedisServer redis) : IAsyncLifetime
{
    private PushSiloWithSimulator _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await PushSiloWithSimulator.StartAsync(redis, failureRate: 0);

    public ValueTask DisposeAsync() => _silo.DisposeAsync();

    [Fact]
    public async Task ThePushedTopicsSeriesCarriesTheCallsOfferedToItsMappedQueue()
    {
        using var api = _silo.App.CreateApiClient();
        var eventId = await PushApi.DeclareAsync(api);
        await PushApi.PushAsync(api, eventId, ["parking-routes"], ["en"], ["sms"]);
        var at = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
        foreach (var (id, queue) in new[] { ("d-1", "streets-sanitation"), ("d-2", "streets-sanitation"), ("d-3", "streets-sanitation"), ("d-4", "water") })
        {
            using var posted = await api.PostAsJsonAsync("/api/contacts", new Dictionary<string, string>
            {
                ["event_id"] = id, ["type"] = "offered", ["contact_id"] = id, ["queue"] = queue, ["channel"] = "phone", ["language"] = "en", ["at"] = at,
            }, TestContext.Current.CancellationToken);
            posted.IsSuccessStatusCode.ShouldBeTrue(await posted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        var series = (await _silo.App.Services.GetRequiredService<IGrainFactory>().GetGrain<IDeflectionGrain>(eventId).GetAsync()).ShouldHaveSingleItem();

        series.Topic.ShouldBe("parking");
        series.Queues.ShouldBe(["streets-sanitation"]);
        series.Contacts.PerQuarter.Sum().ShouldBe(3, "the water call is another queue's");
        (series.Contacts.HourBefore + series.Contacts.HourAfter).ShouldBe(3);
        series.Contacts.Words.ShouldStartWith("calls about snow emergency routes and parking: ");
        series.Contacts.Words.ShouldContain("queue streets-sanitation");
    }
}
