using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Philly311.Ops.Silo.Tests.Infrastructure;

/// <summary>Builds Open311 JSON events for tests: a valid event by default, changed field by field.</summary>
public static class Events
{
    public static JsonObject Valid(string id, string status = "open", string agency = "Streets Department",
        string requested = "2025-02-14T15:00:00+00:00") => new()
    {
        ["service_request_id"] = id,
        ["status"] = status,
        ["service_name"] = "Rubbish/Recyclable Material Collection",
        ["agency_responsible"] = agency,
        ["requested_datetime"] = requested,
        ["zipcode"] = "19128.0",
        ["lat"] = 40.04519144,
        ["long"] = -75.22581355,
        ["channel"] = "phone",
    };

    public static JsonObject With(this JsonObject body, string field, JsonNode? value)
    {
        var copy = (JsonObject)body.DeepClone();
        copy[field] = value;
        return copy;
    }

    public static JsonObject Without(this JsonObject body, string field)
    {
        var copy = (JsonObject)body.DeepClone();
        copy.Remove(field);
        return copy;
    }

    public static Task<HttpResponseMessage> PostEventAsync(this HttpClient client, JsonObject body) =>
        client.PostAsync("/api/requests", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> PostBulkAsync(this HttpClient client, string body, string contentType) =>
        client.PostAsync("/api/requests/bulk", new StringContent(body, Encoding.UTF8, contentType), TestContext.Current.CancellationToken);

    public static async Task<List<JsonObject>> ReadNdjsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .ToList();

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(SiloApp.Json, TestContext.Current.CancellationToken))!;
}
