using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Ingest;

/// <summary>Each bad input gets the right 4xx and an RFC 7807 body naming the field; nothing counted changes.</summary>
[Collection(RedisCollection.Name)]
public sealed class BadInputTests(RedisServer redis) : IAsyncLifetime
{
    private readonly SiloApp _app = new(redis);

    public static TheoryData<string, string, string, int, string> Cases()
    {
        var ok = Events.Valid("bad-1");
        string J(JsonObject o) => o.ToJsonString();
        var data = new TheoryData<string, string, string, int, string>
        {
            { "not json", "application/json", "{", 400, "body" },
            { "array", "application/json", "[]", 400, "body" },
            { "bare string", "application/json", "\"x\"", 400, "body" },
            { "empty body", "application/json", "", 400, "body" },
            { "missing id", "application/json", J(ok.Without("service_request_id")), 400, "service_request_id" },
            { "empty id", "application/json", J(ok.With("service_request_id", "")), 400, "service_request_id" },
            { "id with spaces", "application/json", J(ok.With("service_request_id", "a b")), 400, "service_request_id" },
            { "id too long", "application/json", J(ok.With("service_request_id", new string('9', 65))), 400, "service_request_id" },
            { "id boolean", "application/json", J(ok.With("service_request_id", true)), 400, "service_request_id" },
            { "id object", "application/json", J(ok.With("service_request_id", new JsonObject())), 400, "service_request_id" },
            { "missing requested", "application/json", J(ok.Without("requested_datetime")), 400, "requested_datetime" },
            { "requested words", "application/json", J(ok.With("requested_datetime", "yesterday")), 400, "requested_datetime" },
            { "requested no offset", "application/json", J(ok.With("requested_datetime", "2025-02-14 10:00:00")), 400, "requested_datetime" },
            { "requested number", "application/json", J(ok.With("requested_datetime", 1739527200)), 400, "requested_datetime" },
            { "requested far future", "application/json", J(ok.With("requested_datetime", "2099-01-01T00:00:00Z")), 400, "requested_datetime" },
            { "requested before 2000", "application/json", J(ok.With("requested_datetime", "1999-12-31T23:00:00Z")), 400, "requested_datetime" },
            { "updated unparseable", "application/json", J(ok.With("updated_datetime", "2025-13-45T00:00:00Z")), 400, "updated_datetime" },
            { "updated before requested", "application/json", J(ok.With("updated_datetime", "2025-02-13T00:00:00Z")), 400, "updated_datetime" },
            { "closed unparseable", "application/json", J(ok.With("closed_datetime", "soon")), 400, "closed_datetime" },
            { "closed before requested", "application/json", J(ok.With("closed_datetime", "2025-02-01T00:00:00Z")), 400, "closed_datetime" },
            { "expected unparseable", "application/json", J(ok.With("expected_datetime", "next week")), 400, "expected_datetime" },
            { "unknown status", "application/json", J(ok.With("status", "exploded")), 400, "status" },
            { "status number", "application/json", J(ok.With("status", 1)), 400, "status" },
            { "zip letters", "application/json", J(ok.With("zipcode", "abc")), 400, "zipcode" },
            { "zip four digits", "application/json", J(ok.With("zipcode", "1912")), 400, "zipcode" },
            { "zip boolean", "application/json", J(ok.With("zipcode", false)), 400, "zipcode" },
            { "lat words", "application/json", J(ok.With("lat", "north")), 400, "lat" },
            { "lat over 90", "application/json", J(ok.With("lat", 91)), 400, "lat" },
            { "long under -180", "application/json", J(ok.With("long", -181)), 400, "long" },
            { "lon over 180", "application/json", J(ok.Without("long").With("lon", 200)), 400, "lon" },
            { "lat without long", "application/json", J(ok.Without("long")), 400, "lon" },
            { "long without lat", "application/json", J(ok.Without("lat")), 400, "lat" },
            { "lat NaN", "application/json", J(ok.With("lat", "NaN")), 400, "lat" },
            { "unknown channel", "application/json", J(ok.With("channel", "carrier pigeon")), 400, "channel" },
            { "channel number", "application/json", J(ok.With("channel", 5)), 400, "channel" },
            { "agency too long", "application/json", J(ok.With("agency_responsible", new string('x', 300))), 400, "agency_responsible" },
            { "agency array", "application/json", J(ok.With("agency_responsible", new JsonArray("a"))), 400, "agency_responsible" },
            { "service name object", "application/json", J(ok.With("service_name", new JsonObject())), 400, "service_name" },
            { "text content type", "text/plain", J(ok), 415, "Content-Type" },
            { "body over 64 KiB", "application/json", J(ok.With("padding", new string('p', 70_000))), 413, "body" },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ABadEventIsRefusedWithAProblemNamingTheField(string because, string contentType, string body, int status, string field)
    {
        using var client = _app.CreateIngestClient();
        var before = await _app.SnapshotAsync();

        var response = await client.PostAsync("/api/requests", new StringContent(body, Encoding.UTF8, contentType), TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBe(status, because);
        await ShouldBeProblemNaming(response, field);
        var after = await _app.SnapshotAsync();
        after.Sequence.ShouldBe(before.Sequence);
        after.City.ShouldBe(before.City);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task AnEventWithoutTheRightKeyIs401(string? key)
    {
        using var client = _app.CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);

        var response = await client.PostEventAsync(Events.Valid("nokey-1"));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await ShouldBeProblemNaming(response, "X-Api-Key");
        (await _app.SnapshotAsync()).City.Received.ShouldBe(0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task TheSnapshotWithoutTheRightKeyIs401(string? key)
    {
        using var client = _app.CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);

        var response = await client.GetAsync("/api/snapshot", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await ShouldBeProblemNaming(response, "X-Api-Key");
    }

    [Fact]
    public async Task ACsvWithoutAnIdColumnIsRefusedWhole()
    {
        using var client = _app.CreateIngestClient();

        var response = await client.PostBulkAsync("requested_datetime,status\n2025-02-14 10:00:00+00:00,Open\n", "text/csv");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await ShouldBeProblemNaming(response, "service_request_id");
        (await _app.SnapshotAsync()).City.Received.ShouldBe(0);
    }

    [Fact]
    public async Task ABulkUploadOfAnotherTypeIs415()
    {
        using var client = _app.CreateIngestClient();

        var response = await client.PostBulkAsync("{}", "application/xml");

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        await ShouldBeProblemNaming(response, "Content-Type");
    }

    private static async Task ShouldBeProblemNaming(HttpResponseMessage response, string field)
    {
        response.Content.Headers.ContentType.ShouldNotBeNull().MediaType.ShouldBe("application/problem+json");
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
        problem["status"]!.GetValue<int>().ShouldBe((int)response.StatusCode);
        problem["field"]!.GetValue<string>().ShouldBe(field);
        problem["errors"]![field].ShouldNotBeNull();
        problem["detail"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
