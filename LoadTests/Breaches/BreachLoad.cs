using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Philly311.Ops.Contracts.Ingest;

namespace Philly311.Ops.LoadTests.Breaches;

/// <summary>
/// The open requests of a breach-lag run, as bulk NDJSON through the real ingest API: due times evenly spaced from
/// <c>first</c>, each with an <c>expected_datetime</c>, spread over a few departments and neighborhoods.
/// </summary>
internal static class BreachLoad
{
    private const int LinesPerPost = 5_000;

    private static readonly string[] Agencies = ["Streets Department", "Water Department", "License & Inspections", "Police Department", "Parks & Recreation"];
    private static readonly (double Lat, double Lon)[] Points = [(39.9524, -75.1636), (39.9696, -75.1340), (40.0379, -75.1422), (39.9280, -75.1692)];

    public static DateTimeOffset[] Dues(int count, DateTimeOffset first, TimeSpan over)
    {
        var step = over / count;
        var dues = new DateTimeOffset[count];
        for (var i = 0; i < count; i++) dues[i] = first + step * i;
        return dues;
    }

    /// <summary>Posts every request; answers how many the silo refused (0 expected).</summary>
    public static async Task<int> PostAsync(HttpClient silo, string runId, DateTimeOffset[] dues, DateTimeOffset requested, CancellationToken stop)
    {
        var refused = 0;
        for (var start = 0; start < dues.Length; start += LinesPerPost)
        {
            var body = new StringBuilder();
            for (var i = start; i < Math.Min(dues.Length, start + LinesPerPost); i++)
            {
                var (lat, lon) = Points[i % Points.Length];
                body.Append(JsonSerializer.Serialize(new ServiceRequestEvent
                {
                    ServiceRequestId = string.Create(CultureInfo.InvariantCulture, $"{runId}-{i:D7}"),
                    ServiceName = "Inlet Cleaning",
                    AgencyResponsible = Agencies[i % Agencies.Length],
                    RequestedDatetime = requested,
                    ExpectedDatetime = dues[i],
                    Status = "open",
                    Channel = "phone",
                    Lat = lat,
                    Long = lon,
                })).Append('\n');
            }
            using var content = new StringContent(body.ToString(), Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
            using var response = await silo.PostAsync("/api/requests/bulk", content, stop);
            var lines = (await response.Content.ReadAsStringAsync(stop)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"bulk POST answered {(int)response.StatusCode}: {lines.FirstOrDefault()}");
            var totals = JsonSerializer.Deserialize<BulkTotals>(lines[^1], new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
            refused += totals.Rejected;
        }
        return refused;
    }
}
