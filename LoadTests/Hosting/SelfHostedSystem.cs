using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Readers;

namespace Philly311.Ops.LoadTests.Hosting;

/// <summary>
/// The whole system on free loopback ports, as a user runs it: redis-server (own temp dir, AOF, fsync every second, or
/// on every write with P311_REDIS_APPENDFSYNC=always), the silo and the dashboard from their Release dlls. Disposing
/// kills all three and removes the temp dir. A <see cref="SystemShape"/> asks for no dashboard (ingest-only runs) or
/// several (fail-over), each its own process.
/// </summary>
internal sealed class SelfHostedSystem : IAsyncDisposable
{
    public const string ApiKey = "load-ingest-key";

    /// <summary>The dashboards it starts run in Production, which wants a way to sign in: one user nobody signs in as, a hub key, a wallboard token.</summary>
    public static readonly DashboardAccess Access = new("load-hub-key-0123456789", "load-wallboard-token-0123456789");

    private const string UnusedPasswordHash = "pbkdf2-sha256$100000$Eu2Zfmlv+5A293NmpkAxBg==$OrJ85LF32HEN6ojQ8sSySpGHyXXD7tUw8+2inh09ZNw=";

    private static readonly string[] DashboardAccessArguments =
    [
        "--Access:Users:load:Role=director", $"--Access:Users:load:PasswordHash={UnusedPasswordHash}",
        $"--Access:HubKeys:loadtests={Access.HubKey}",
        $"--Access:DisplayTokens:load:Token={Access.DisplayToken}", "--Access:DisplayTokens:load:Layout=default",
    ];

    private readonly List<ChildProcess> _children = [];
    private readonly List<(Uri Url, ChildProcess Process)> _dashboards = [];
    private readonly string _workDir = Path.Combine(Path.GetTempPath(), "p311-load-" + Guid.NewGuid().ToString("N")[..8]);

    public Uri SiloUrl { get; private set; } = null!;

    /// <summary>Null when the dashboard did not come up: the run goes on without readers and says so.</summary>
    public Uri? DashboardUrl { get; private set; }

    public string? DashboardProblem { get; private set; }

    /// <summary>Every dashboard that came up, in start order (the first is <see cref="DashboardUrl"/>).</summary>
    public IReadOnlyList<Uri> DashboardUrls => _dashboards.Select(d => d.Url).ToList();

    public IReadOnlyList<WatchedProcess> Watched => _children.Select(c => new WatchedProcess(c.Name, c.Pid)).ToList();

    public static Task<SelfHostedSystem> StartAsync(Action<string> say, CancellationToken cancellationToken) =>
        StartAsync(say, SystemShape.Default, cancellationToken);

    public static async Task<SelfHostedSystem> StartAsync(Action<string> say, SystemShape shape, CancellationToken cancellationToken)
    {
        var system = new SelfHostedSystem();
        try
        {
            await system.StartAllAsync(say, shape, cancellationToken);
            return system;
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
    }

    private async Task StartAllAsync(Action<string> say, SystemShape shape, CancellationToken cancellationToken)
    {
        var silo = RepoLayout.Dll("Silo", "Philly311.Ops.Silo.dll");
        var dashboard = shape.Dashboards > 0 ? RepoLayout.Dll("Dashboard", "Philly311.Ops.Dashboard.dll") : null;
        var logs = Path.Combine(_workDir, "logs");
        var redisDir = Path.Combine(_workDir, "redis");
        Directory.CreateDirectory(redisDir);

        var redisPort = FreePort.Next();
        var appendFsync = RedisFsync.FromEnvironment();
        say($"redis-server on 127.0.0.1:{redisPort} ({RedisFsync.Describe(appendFsync)}; {RedisFsync.Variable})");
        var redis = Start(ChildProcess.Start("redis", File.Exists("/usr/bin/redis-server") ? "/usr/bin/redis-server" : "redis-server",
            ["--port", $"{redisPort}", "--bind", "127.0.0.1", "--dir", redisDir, "--appendonly", "yes", "--appendfsync", appendFsync, "--save", "", "--protected-mode", "no"], logs));
        if (!await RedisPing.UntilPongAsync(redisPort, redis, TimeSpan.FromSeconds(15), cancellationToken))
            throw new InvalidOperationException("redis-server did not answer PING (is it installed? test.sh/run.sh install it). " + redis.LogTail());

        var cluster = "load-" + Guid.NewGuid().ToString("N")[..8];
        string[] common = [$"--ConnectionStrings:redis=127.0.0.1:{redisPort}", $"--Orleans:ClusterId={cluster}", "--Logging:LogLevel:Default=Warning"];
        var environment = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["DOTNET_NOLOGO"] = "1" };

        SiloUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        say($"silo on {SiloUrl}");
        var siloProcess = Start(ChildProcess.Start("silo", "dotnet",
            [silo, "--urls", SiloUrl.ToString().TrimEnd('/'), $"--Ingest:ApiKey={ApiKey}",
             $"--Orleans:SiloPort={FreePort.Next()}", $"--Orleans:GatewayPort={FreePort.Next()}", .. shape.SiloArguments, .. common], logs, environment));
        if (!await HealthWait.UntilHealthyAsync(SiloUrl, siloProcess, TimeSpan.FromSeconds(60), cancellationToken))
            throw new InvalidOperationException("The silo did not become healthy:\n" + siloProcess.LogTail());

        for (var i = 0; i < shape.Dashboards; i++)
        {
            var name = SystemShape.DashboardName(i);
            var dashboardUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}");
            say($"{name} on {dashboardUrl}");
            var dashboardProcess = Start(ChildProcess.Start(name, "dotnet",
                [dashboard!, "--urls", dashboardUrl.ToString().TrimEnd('/'), .. common, .. DashboardAccessArguments], logs, environment));
            if (await HealthWait.UntilHealthyAsync(dashboardUrl, dashboardProcess, TimeSpan.FromSeconds(60), cancellationToken))
            {
                _dashboards.Add((dashboardUrl, dashboardProcess));
                DashboardUrl ??= dashboardUrl;
            }
            else
            {
                DashboardProblem = $"the {name} did not become healthy: " + dashboardProcess.LogTail(5).ReplaceLineEndings(" ");
                say(DashboardProblem);
            }
        }
    }

    /// <summary>SIGKILL (kill -9) of one dashboard process, as a crash: no shutdown, no goodbye to its clients or grains.</summary>
    public void KillDashboard(Uri url)
    {
        var (_, process) = _dashboards.Single(d => d.Url == url);
        process.KillHard();
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
