namespace Philly311.Ops.LoadTests.Hosting;

internal static class HealthWait
{
    /// <summary>Polls GET /health/ready until 2xx (Redis answers and the silo is active / the client connected); gives up after <paramref name="limit"/> or when the process died.</summary>
    public static async Task<bool> UntilHealthyAsync(Uri baseUrl, ChildProcess? process, TimeSpan limit, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline && !cancellationToken.IsCancellationRequested)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(baseUrl, "/health/ready"), cancellationToken);
                if (response.IsSuccessStatusCode) return true;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested) { }
            if (process is { HasExited: true }) return false;
            await Task.Delay(200, cancellationToken);
        }
        return false;
    }
}
