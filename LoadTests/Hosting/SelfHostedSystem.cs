using Philly311.Ops.LoadTests.Measurement;

namespace Philly311.Ops.LoadTests.Hosting;

/// <summary>
/// The whole system on free loopback ports, as a user runs it: redis-server (own temp dir, AOF, fsync every second),
/// the silo and the dashboard from their Release dlls. Disposing kills all three and removes the temp dir.
/// </summary>
internal sealed class SelfHostedSystem : IAsyncDisposable
{
    public const string ApiKey = "load-ingest-key";

    private readonly List<ChildProcess> _children = [];
    private readonly string _workDir = Path.Combine(Path.GetTempPath(), "p311-load-" + Guid.NewGuid().ToString("N")[..8]);

    public Uri SiloUrl { get; private set; } = null!;

    /// <summary>Null when the dashboard did not come up: the run goes on without readers and says so.</summary>
    public Uri? DashboardUrl { get; private set; }

    public string? DashboardProblem { get; private set; }

    public IReadOnlyList<WatchedProcess> Watched => _children.Select(c => new WatchedProcess(c.Name, c.Pid)).ToList();

    public static async Task<SelfHostedSystem> StartAsync(Action<string> say, CancellationToken cancellationToken)
    {
        var system = new SelfHostedSystem();
        try
        {
            await system.StartAllAsync(say, cancellationToken);
            return system;
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
    }

    private async Task StartAllAsync(Action<string> say, CancellationToken cancellationToken)
    {
        var silo = RepoLayout.Dll("Silo", "Philly311.Ops.Silo.dll");
        var dashboard = RepoLayout.Dll("Dashboard", "Philly311.Ops.Dashboard.dll");
        var logs = Path.Combine(_workDir, "logs");
        var redisDir = Path.Combine(_workDir, "redis");
        Directory.CreateDirectory(redisDir);

        var redisPort = FreePort.Next();
        say($"redis-server on 127.0.0.1:{redisPort} (AOF, fsync every second)");
        var redis = Start(ChildProcess.Start("redis", File.Exists("/usr/bin/redis-server") ? "/usr/bin/redis-server" : "redis-server",
            ["--port", $"{redisPort}", "--bind", "127.0.0.1", "--dir", redisDir, "--appendonly", "yes", "--appendfsync", "everysec", "--save", "", "--protected-mode", "no"], logs));
        if (!await RedisPing.UntilPongAsync(redisPort, redis, TimeSpan.FromSeconds(15), cancellationToken))
            throw new InvalidOperationException("redis-server did not answer PING (is it installed? test.sh/run.sh install it). " + redis.LogTail());

        var cluster = "load-" + Guid.NewGuid().ToString("N")[..8];
        string[] common = [$"--ConnectionStrings:redis=127.0.0.1:{redisPort}", $"--Orleans:ClusterId={cluster}", "--Logging:LogLevel:Default=Warning"];
        var environment = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["DOTNET_NOLOGO"] = "1" };

        SiloUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        say($"silo on {SiloUrl}");
        var siloProcess = Start(ChildProcess.Start("silo", "dotnet",
            [silo, "--urls", SiloUrl.ToString().TrimEnd('/'), $"--Ingest:ApiKey={ApiKey}",
             $"--Orleans:SiloPort={FreePort.Next()}", $"--Orleans:GatewayPort={FreePort.Next()}", .. common], logs, environment));
        if (!await HealthWait.UntilHealthyAsync(SiloUrl, siloProcess, TimeSpan.FromSeconds(60), cancellationToken))
            throw new InvalidOperationException("The silo did not become healthy:\n" + siloProcess.LogTail());

        var dashboardUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        say($"dashboard on {dashboardUrl}");
        var dashboardProcess = Start(ChildProcess.Start("dashboard", "dotnet",
            [dashboard, "--urls", dashboardUrl.ToString().TrimEnd('/'), .. common], logs, environment));
        if (await HealthWait.UntilHealthyAsync(dashboardUrl, dashboardProcess, TimeSpan.FromSeconds(60), cancellationToken))
        {
            DashboardUrl = dashboardUrl;
        }
        else
        {
            DashboardProblem = "the dashboard did not become healthy: " + dashboardProcess.LogTail(5).ReplaceLineEndings(" ");
            say(DashboardProblem);
        }
    }

    private ChildProcess Start(ChildProcess child)
    {
        _children.Add(child);
        return child;
    }

    public async ValueTask DisposeAsync()
    {
        // Dashboard, silo, then Redis: clients before the store, so nothing logs a storm of reconnects.
        foreach (var child in Enumerable.Reverse(_children)) await child.DisposeAsync();
        _children.Clear();
        try { Directory.Delete(_workDir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
