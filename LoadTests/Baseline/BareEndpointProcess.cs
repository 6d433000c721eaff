using Philly311.Ops.LoadTests.Hosting;

namespace Philly311.Ops.LoadTests.Baseline;

/// <summary>Starts this tool's own dll as the bare endpoint, in a separate process so it doesn't share the generator's thread pool.</summary>
internal static class BareEndpointProcess
{
    public static async Task<(ChildProcess Process, Uri Url)> StartAsync(CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var self = typeof(BareEndpointProcess).Assembly.Location;
        var logs = Path.Combine(Path.GetTempPath(), "p311-bare-" + port);
        var process = ChildProcess.Start("bare-endpoint", "dotnet", [self, "bare-endpoint", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], logs, ownsLogDir: true);
        var url = new Uri($"http://127.0.0.1:{port}");
        if (!await HealthWait.UntilHealthyAsync(url, process, TimeSpan.FromSeconds(30), cancellationToken))
        {
            var tail = process.LogTail();
            await process.DisposeAsync();
            throw new InvalidOperationException("The bare endpoint did not start: " + tail);
        }
        return (process, url);
    }
}
