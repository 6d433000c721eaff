using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Philly311.Ops.Contracts.Push;

namespace Philly311.Ops.Silo.Tests.Push;

/// <summary>Declaring events, pushing and waiting for the matrix through the silo's HTTP API.</summary>
public static class PushApi
{
    public static async Task<string> DeclareAsync(HttpClient api, bool exercise = false)
    {
        var id = "e" + Guid.NewGuid().ToString("N")[..8];
        var response = await api.PostAsJsonAsync("/api/events", new Dictionary<string, object>
        {
            ["id"] = id, ["kind"] = "snow_emergency", ["name"] = "Test snow", ["start"] = "2026-12-01T06:00:00-05:00", ["exercise"] = exercise,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return id;
    }

    public static async Task<(string PushId, int Deliveries)> PushAsync(HttpClient api, string eventId, string[] items, string[] languages, string[] channels)
    {
        var response = await api.PostAsJsonAsync($"/api/events/{eventId}/pushes", new { items, languages, channels });
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (doc.RootElement.GetProperty("push_id").GetString()!, doc.RootElement.GetProperty("deliveries").GetInt32());
    }

    public static async Task<DeliveryRecord[]> WaitFinalAsync(HttpClient api, string pushId, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var deliveries = (await api.GetFromJsonAsync<DeliveryRecord[]>($"/api/pushes/{pushId}/deliveries", Silo.Emergency.EventEndpoints.Json))!;
            if (deliveries.Length > 0 && deliveries.All(d => DeliveryTransitions.IsFinal(d.Status))) return deliveries;
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"not final: {string.Join(", ", deliveries.Where(d => !DeliveryTransitions.IsFinal(d.Status)).Select(d => $"{d.Id} {d.Status} {d.Reason}"))}");
            await Task.Delay(100);
        }
    }
}
