using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Philly311.Ops.LoadTests.Providers;

/// <summary>
/// Calls the silo back with a signed status (<c>X-Signature: sha256=HMAC(body)</c>, <c>X-Provider</c>), retrying with
/// backoff for up to a minute when the silo is away, as real providers do. Answers the silo's last answer (null if none came).
/// </summary>
public sealed class SignedCallbacks(HttpClient http)
{
    public static string Sign(byte[] body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public async Task<CallbackAnswer?> SendAsync(string key, string url, string provider, string secret, string status, CancellationToken cancellationToken)
    {
        CallbackAnswer? answer = null;
        var body = Encoding.UTF8.GetBytes($$"""{"status":"{{status}}"}""");
        var delay = TimeSpan.FromMilliseconds(200);
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!cancellationToken.IsCancellationRequested && DateTime.UtcNow < deadline)
        {
            try
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
                request.Headers.Add("X-Provider", provider);
                request.Headers.Add("X-Signature", Sign(body, secret));
                using var response = await http.SendAsync(request, cancellationToken);
                var answeredAt = Stopwatch.GetTimestamp();
                answer = await ReadAsync(key, status, response, answeredAt, cancellationToken);
                // 2xx applied or duplicate; 4xx will not get better by sending it again.
                if ((int)response.StatusCode < 500) return answer;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }
            await Task.Delay(delay, cancellationToken);
            delay = TimeSpan.FromMilliseconds(Math.Min(5_000, delay.TotalMilliseconds * 2));
        }
        return answer;
    }

    /// <summary>The answer's <c>result</c> and <c>sequence</c> when it has them (a problem body or an older silo has not).</summary>
    private static async Task<CallbackAnswer> ReadAsync(string key, string status, HttpResponseMessage response, long answeredAt, CancellationToken cancellationToken)
    {
        string? result = null;
        long? sequence = null;
        try
        {
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (doc.RootElement.TryGetProperty("result", out var r) && r.ValueKind == JsonValueKind.String) result = r.GetString();
                if (doc.RootElement.TryGetProperty("sequence", out var s) && s.TryGetInt64(out var n)) sequence = n;
            }
        }
        catch (JsonException)
        {
        }
        return new CallbackAnswer(key, status, (int)response.StatusCode, result, sequence, answeredAt);
    }
}
