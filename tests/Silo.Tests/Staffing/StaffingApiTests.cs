using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Philly311.Ops.Contracts.Staffing;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Staffing;

[Collection(RedisCollection.Name)]
public sealed class StaffingApiTests(RedisServer redis) : IAsyncLifetime
{
    private const string Textbook = "/api/staffing/erlang-c?offered=1200&interval_minutes=30&aht_seconds=180&answer_within_seconds=20&target_percent=80";
    private readonly SiloApp _app = new(redis);

    [Fact]
    public async Task TheTextbookQueryAnswers127Agents()
    {
        using var client = _app.CreateClient();

        var answer = await client.GetFromJsonAsync<StaffingAnswer>(Textbook, TestContext.Current.CancellationToken);

        answer!.Agents.ShouldBe(127);
        answer.ServiceLevel.ShouldBe(0.807, 0.001);
        answer.ProbabilityOfWaiting.ShouldBe(0.4195, 0.001);
        answer.AsaSeconds.ShouldBe(10.79, 0.05);
        answer.TrafficErlangs.ShouldBe(120);
    }

    [Theory]
    [InlineData("target_percent=100", "target_percent")]
    [InlineData("target_percent=0", "target_percent")]
    [InlineData("aht_seconds=0", "aht_seconds")]
    [InlineData("aht_seconds=NaN", "aht_seconds")]
    [InlineData("aht_seconds=Infinity", "aht_seconds")]
    [InlineData("offered=-5", "offered")]
    [InlineData("offered=1e3", "offered")]
    [InlineData("interval_minutes=", "interval_minutes")]
    [InlineData("interval_minutes=30&interval_minutes=60", "interval_minutes")]
    [InlineData("answer_within_seconds=%E0%A5%A8%E0%A5%A6", "answer_within_seconds")]
    public async Task ImpossibleInputIsRefusedNamingTheParameter(string change, string field)
    {
        using var client = _app.CreateClient();
        var name = change[..change.IndexOf('=', StringComparison.Ordinal)];
        var query = string.Join('&', Textbook[(Textbook.IndexOf('?') + 1)..].Split('&').Where(p => !p.StartsWith(name + "=", StringComparison.Ordinal)).Append(change));

        using var response = await client.GetAsync("/api/staffing/erlang-c?" + query, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        problem.RootElement.GetProperty("field").GetString().ShouldBe(field);
    }

    [Fact]
    public async Task ATargetNoCenterCouldStaffIsRefusedAsUnprocessable()
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(
            "/api/staffing/erlang-c?offered=10000000&interval_minutes=1&aht_seconds=7200&answer_within_seconds=0&target_percent=99.9", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
