using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Philly311.Ops.LoadTests.Providers;

/// <summary>
/// Calls the silo back with a signed status (<c>X-Signature: sha256=HMAC(body)</c>, <c>X-Provider</c>), retrying with
/// backoff for up to a minute when the silo is away, as real providers do.
/// </summary>
public sealed class SignedCallbacks(HttpClient http)
{
    public static string Sign(byte[] body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public async Task SendAsync(string url, string provider, string secret, string status, CancellationToken cancellationToken)
    {
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
                // 2xx applied or duplicate; 4xx will not get better by sending it again.
                if ((int)response.StatusCode < 500) return;
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
    }
}
