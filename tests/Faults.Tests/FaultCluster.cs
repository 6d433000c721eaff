using System.Net;
using System.Text;
using Microsoft.AspNetCore.SignalR.Client;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Faults.Tests;

/// <summary>
/// The product deployed the way issue 10 describes: one real redis-server with AOF that a test may shut down and
/// start again on the same port and data folder, three silos and two dashboards as separate processes from their
/// Release builds, on free loopback ports. Every fault test leaves it whole again (<see cref="RestoreAsync"/>).
/// </summary>
public sealed class FaultCluster : IAsyncLifetime
{
    public const string ApiKey = "faults-ingest-key";

    /// <summary>The service key the hub clients here send (<c>Access:HubKeys</c>), as the LoadTests readers do.</summary>
    public const string HubKey = "faults-hub-key-0123456789";

    /// <summary>Production refuses a dashboard nobody can sign in to: one director (the PBKDF2 hash of "e2e-password", as in EndToEnd) and the hub key.</summary>
    private static readonly string[] DashboardAccess =
    [
        "--Access:Users:director:Role=director",
        "--Access:Users:director:PasswordHash=pbkdf2-sha256$100000$Eu2Zfmlv+5A293NmpkAxBg==$OrJ85LF32HEN6ojQ8sSySpGHyXXD7tUw8+2inh09ZNw=",
        $"--Access:HubKeys:faults={HubKey}",
    ];
    public const string ServiceId = "philly311-ops";

    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(90);
    private readonly StringBuilder _log = new();
    private readonly List<ClusterMember> _silos = [];
    private readonly List<ClusterMember> _dashboards = [];

    public RestartableRedis Redis { get; } = new();

    public bool RedisRunning { get; private set; }

    public string ClusterId { get; } = "faults-" + Guid.NewGuid().ToString("N")[..8];

    public IReadOnlyList<ClusterMember> Silos => _silos;

    public IReadOnlyList<ClusterMember> Dashboards => _dashboards;

    public async ValueTask InitializeAsync()
    {
        await StartRedisAsync();
        // The product's own Redis client settings (timeouts, retries): only the address is given, as in production.
        string[] common = [$"--ConnectionStrings:redis={Redis.Address}", $"--Orleans:ClusterId={ClusterId}"];
        for (var i = 1; i <= 3; i++)
        {
            var url = $"http://127.0.0.1:{RedisServer.FreePort()}";
            var siloPort = RedisServer.FreePort();
            var name = $"silo{i}";
            _silos.Add(new ClusterMember(name, url, siloPort, new ProductProcess(name, "Silo", "Philly311.Ops.Silo.dll",
            [
                "--urls", url, $"--Ingest:ApiKey={ApiKey}",
                $"--Orleans:SiloPort={siloPort}", $"--Orleans:GatewayPort={RedisServer.FreePort()}", .. common,
            ], _log)));
        }
        for (var i = 1; i <= 2; i++)
        {
            var url = $"http://127.0.0.1:{RedisServer.FreePort()}";
            var name = $"dashboard{i}";
            _dashboards.Add(new ClusterMember(name, url, 0, new ProductProcess(name, "Dashboard", "Philly311.Ops.Dashboard.dll", ["--urls", url, .. common, .. DashboardAccess], _log)));
        }
        await RestoreAsync();
    }

    /// <summary>Whatever a test stopped is started again; answers once every silo is ready and every dashboard pushes.</summary>
    public async Task RestoreAsync()
    {
        if (!RedisRunning) await StartRedisAsync();
        foreach (var member in _silos.Concat(_dashboards).Where(m => !m.Process.IsRunning)) member.Process.Start();
        await Task.WhenAll(_silos.Select(s => WaitReadyAsync(s, StartPatience)));
        await Task.WhenAll(_dashboards.Select(d => WaitReadyAsync(d, StartPatience)));
        await Task.WhenAll(_dashboards.Select(WaitPushingAsync));
    }

    public async Task StartRedisAsync()
    {
        await Redis.StartAsync();
        RedisRunning = true;
    }

    /// <summary>SHUTDOWN (the AOF is flushed) and the process gone: Redis away as a restart or a maintenance window makes it.</summary>
    public async Task StopRedisAsync()
    {
        await Redis.StopAsync();
        RedisRunning = false;
    }

    public ClusterMember SiloOnPort(int siloPort) => _silos.Single(s => s.SiloPort == siloPort);

    public HttpClient CreateClient(string baseUrl, TimeSpan timeout)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = timeout };
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    /// <summary>Polls <c>/health/ready</c> until it answers 200.</summary>
    public async Task WaitReadyAsync(ClusterMember member, TimeSpan patience)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await ReadyStatusAsync(http, member) == HttpStatusCode.OK) return;
            if (!member.Process.IsRunning) break;
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"{member.Name} ({member.Url}) did not become ready. Logs:\n{Tail}");
    }

    /// <summary>The status of one readiness probe, or null when nothing answered.</summary>
    public static async Task<HttpStatusCode?> ReadyStatusAsync(HttpClient http, ClusterMember member)
    {
        try
        {
            using var response = await http.GetAsync(member.Url + "/health/ready");
            return response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>Ready means serving; a fault test needs pushing: a heartbeat on the hub proves the feed is subscribed and live.</summary>
    private async Task WaitPushingAsync(ClusterMember dashboard)
    {
        var beat = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var hub = new HubConnectionBuilder().WithUrl(dashboard.Url + OpsGroups.HubPath, o => o.AccessTokenProvider = () => Task.FromResult<string?>(HubKey)).Build();
        hub.On<BoardHeartbeat>(nameof(IOpsClient.Heartbeat), _ => beat.TrySetResult());
        await hub.StartAsync();
        try
        {
            await beat.Task.WaitAsync(StartPatience);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"{dashboard.Name} never pushed a heartbeat. Logs:\n{Tail}");
        }
    }

    public string Logs
    {
        get { lock (_log) return _log.ToString(); }
    }

    /// <summary>The last part of the logs, for an assertion message.</summary>
    public string Tail => Logs[^Math.Min(Logs.Length, 16_000)..];

    public async ValueTask DisposeAsync()
    {
        foreach (var member in _dashboards.Concat(_silos)) await member.Process.KillAsync();
        await Redis.DisposeAsync();
        // Every process's output of the whole run, for whoever reads a failure after the fact.
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "fault-cluster.log"), Logs);
    }
}
