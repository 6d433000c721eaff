using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Philly311.Ops.Contracts.Staffing;
using Philly311.Ops.Silo.Tests.Infrastructure;

namespace Philly311.Ops.Silo.Tests.Queues;

/// <summary>The what-if on <c>GET /api/staffing/erlang-c</c>: the volume changed by a percentage.</summary>
[Collection(RedisCollection.Name)]
public sealed class StaffingWhatIfTests(ContactApiTests.Host host) : IClassFixture<ContactApiTests.Host>
{
    private const string Query = "/api/staffing/erlang-c?interval_minutes=30&aht_seconds=180&answer_within_seconds=20&target_percent=80";

    [Fact]
    public async Task TwentyPercentMoreVolumeIsTheAnswerFor1440Offered()
    {
        using var client = host.App.CreateClient();

        var whatIf = await client.GetFromJsonAsync<StaffingAnswer>(Query + "&offered=1200&volume_change_percent=20", TestContext.Current.CancellationToken);
        var direct = await client.GetFromJsonAsync<StaffingAnswer>(Query + "&offered=1440", TestContext.Current.CancellationToken);
        var less = await client.GetFromJsonAsync<StaffingAnswer>(Query + "&offered=1200&volume_change_percent=-50", TestContext.Current.CancellationToken);

        whatIf.ShouldBe(direct);
        whatIf!.Agents.ShouldBeGreaterThan(127);
        less!.TrafficErlangs.ShouldBe(60);
    }

    [Theory]
    [InlineData("-100")]
    [InlineData("1001")]
    [InlineData("NaN")]
    [InlineData("")]
    public async Task AnImpossibleVolumeChangeIsRefusedNamingIt(string change)
    {
        using var client = host.App.CreateClient();

        using var response = await client.GetAsync(Query + "&offered=1200&volume_change_percent=" + change, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        problem.RootElement.GetProperty("field").GetString().ShouldBe("volume_change_percent");
    }
}
