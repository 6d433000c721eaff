using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.SignalR.Client;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.EndToEnd.Tests;

/// <summary>
/// The product as a user runs it: a real redis-server, the silo and the dashboard as separate processes
/// from their Release builds (test.sh builds them first), on free loopback ports.
/// </summary>
public sealed class RunningSystem : IAsyncLifetime
{
    public const string ApiKey = "e2e-ingest-key";

    /// <summary><c>--Key=value</c> settings every silo of this system also gets (e.g. push channels); set before it starts.</summary>
    public string[] SiloSettings { get; init; } = [];
    /// <summary>The service key the tests' hub clients send (<c>Access:HubKeys</c>), as the LoadTests readers do.</summary>
    public const string HubKey = "e2e-hub-key-0123456789";

    /// <summary>Every user's password; <see cref="PasswordHash"/> is its PBKDF2 hash, made with Python's hashlib.</summary>
    public const string Password = "e2e-password";
    public const string PasswordHash = "pbkdf2-sha256$100000$Eu2Zfmlv+5A293NmpkAxBg==$OrJ85LF32HEN6ojQ8sSySpGHyXXD7tUw8+2inh09ZNw=";

    /// <summary>The display token of the <c>default</c> wallboard layout (<c>/wallboard</c>).</summary>
    public const string WallboardToken = "e2e-wallboard-token-0123456789";

    /// <summary>Production with no users is refused, so the dashboards get these: a liaison, a streets supervisor, a wallboard, a hub key.</summary>
    private static readonly string[] DashboardAccess =
    [
        "--Access:Users:liaison:Role=liaison", $"--Access:Users:liaison:PasswordHash={PasswordHash}",
        "--Access:Users:streets:Role=supervisor", "--Access:Users:streets:Department=streets", $"--Access:Users:streets:PasswordHash={PasswordHash}",
        $"--Access:DisplayTokens:lobby:Token={WallboardToken}", "--Access:DisplayTokens:lobby:Layout=default",
        $"--Access:HubKeys:e2e={HubKey}",
    ];

    /// <summary>A hub client of <paramref name="dashboardUrl"/> that authenticates with <see cref="HubKey"/>.</summary>
    public static IHubConnectionBuilder Hub(string dashboardUrl) =>
        new HubConnectionBuilder().WithUrl(dashboardUrl + OpsGroups.HubPath, o => o.AccessTokenProvider = () => Task.FromResult<string?>(HubKey));

    private readonly RedisServer _redis = new();
    private readonly List<Process> _processes = [];
    private readonly StringBuilder _logs = new();

    public string SiloUrl { get; private set; } = "";
    public string DashboardUrl { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        await _redis.InitializeAsync();
        ClusterId = "e2e-" + Guid.NewGuid().ToString("N")[..8];
        _common =
        [
            $"--ConnectionStrings:redis=127.0.0.1:{_redis.Port}",
            $"--Orleans:ClusterId={ClusterId}",
        ];
        string[] common = _common;
        DashboardUrl = $"http://127.0.0.1:{RedisServer.FreePort()}";
        for (var attempt = 1; ; attempt++)
        {
            SiloUrl = $"http://127.0.0.1:{RedisServer.FreePort()}";
            _siloArgs =
            [
                "--urls", SiloUrl, $"--Ingest:ApiKey={ApiKey}",
                $"--Orleans:SiloPort={RedisServer.FreePort()}", $"--Orleans:GatewayPort={RedisServer.FreePort()}", .. common, .. SiloSettings,
            ];
            try
            {
                await StartSiloAsync();
                break;
            }
            catch (InvalidOperationException) when (attempt < 3 && _silo is { HasExited: true } && Logs.Contains("address already in use", StringComparison.Ordinal))
            {
                // Something else bound one of the free ports between FreePort() and the silo's bind: pick new ones.
            }
        }
        _dashboards[DashboardUrl] = Start("Dashboard", "Philly311.Ops.Dashboard.dll", ["--urls", DashboardUrl, .. common, .. DashboardAccess]);
        await WaitHealthyAsync(DashboardUrl);
        await WaitPushingAsync(DashboardUrl);
    }

    private readonly Dictionary<string, Process> _dashboards = [];

    /// <summary>Starts one more dashboard process on the same cluster; answers its HTTP address once it pushes frames.</summary>
    public async Task<string> StartAnotherDashboardAsync()
    {
        var url = $"http://127.0.0.1:{RedisServer.FreePort()}";
        _dashboards[url] = Start("Dashboard", "Philly311.Ops.Dashboard.dll", ["--urls", url, .. _common, .. DashboardAccess]);
        await WaitHealthyAsync(url);
        await WaitPushingAsync(url);
        return url;
    }

    /// <summary>Starts a dashboard again at the address of one that was killed (a restart, as systemd would do it).</summary>
    public async Task RestartDashboardAsync(string url)
    {
        _dashboards[url] = Start("Dashboard", "Philly311.Ops.Dashboard.dll", ["--urls", url, .. _common, .. DashboardAccess]);
        await WaitHealthyAsync(url);
        await WaitPushingAsync(url);
    }

    /// <summary>kill -9 of one dashboard process: its connections drop, no shutdown code runs.</summary>
    public async Task KillDashboardAsync(string url)
    {
        var dashboard = _dashboards[url];
        dashboard.Kill(entireProcessTree: true);
        await dashboard.WaitForExitAsync();
    }

    /// <summary>
    /// Healthy means "serving"; tests need "pushing": this dashboard is subscribed to the board's grains and its
    /// feed is live. A heartbeat on its hub proves both (each process sends only to its own connections).
    /// </summary>
    private async Task WaitPushingAsync(string dashboardUrl)
    {
        var beat = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var hub = Hub(dashboardUrl).Build();
        hub.On<BoardHeartbeat>(nameof(IOpsClient.Heartbeat), _ => beat.TrySetResult());
        await hub.StartAsync();
        try
        {
            await beat.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"The dashboard never pushed a heartbeat. Logs:\n{Logs}");
        }
    }

    private string[] _siloArgs = [];
    private string[] _common = [];

    public string ClusterId { get; private set; } = "";

    public RedisServer Redis => _redis;

    /// <summary>Starts one more silo on the same Redis and cluster id, on its own ports; answers its HTTP address.</summary>
    public async Task<string> StartAnotherSiloAsync(params string[] settings)
    {
        var url = $"http://127.0.0.1:{RedisServer.FreePort()}";
        _otherSilos[url] = Start("Silo", "Philly311.Ops.Silo.dll",
        [
            "--urls", url, $"--Ingest:ApiKey={ApiKey}",
            $"--Orleans:SiloPort={RedisServer.FreePort()}", $"--Orleans:GatewayPort={RedisServer.FreePort()}", .. _common, .. SiloSettings, .. settings,
        ]);
        await WaitHealthyAsync(url);
        return url;
    }

    private readonly Dictionary<string, Process> _otherSilos = [];

    /// <summary>kill -9 of a silo started by <see cref="StartAnotherSiloAsync"/>.</summary>
    public async Task KillSiloAsync(string url)
    {
        var silo = _otherSilos[url];
        silo.Kill(entireProcessTree: true);
        await silo.WaitForExitAsync();
    }
    private Process? _silo;

    /// <summary>kill -9 of the silo: no shutdown, no flush, exactly what a crash does.</summary>
    public async Task KillSiloAsync()
    {
        _silo!.Kill(entireProcessTree: true);
        await _silo.WaitForExitAsync();
    }

    /// <summary>Starts the silo (again) with the same ports and waits until it is healthy.</summary>
    public async Task StartSiloAsync()
    {
        _silo = Start("Silo", "Philly311.Ops.Silo.dll", _siloArgs);
        await WaitHealthyAsync(SiloUrl);
    }

    public HttpClient CreateIngestClient()
    {
        var client = new HttpClient { BaseAddress = new Uri(SiloUrl) };
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    private Process Start(string project, string dll, string[] args)
    {
        var path = RepoRoot.Dll(project, dll);
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(path);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { lock (_logs) _logs.AppendLine(CultureInfo.InvariantCulture, $"[{project}] {e.Data}"); };
        process.ErrorDataReceived += (_, e) => { lock (_logs) _logs.AppendLine(CultureInfo.InvariantCulture, $"[{project}!] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
        return process;
    }

    private async Task WaitHealthyAsync(string url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await http.GetAsync(url + "/healthz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (_processes.Count > 0 && _processes[^1].HasExited) break;
            await Task.Delay(250);
        }
        throw new InvalidOperationException($"{url} did not become healthy. Logs:\n{Logs}");
    }

    public string Logs
    {
        get { lock (_logs) return _logs.ToString(); }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes.AsEnumerable().Reverse())
        {
            if (!HasExited(process)) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }
        await _redis.DisposeAsync();
    }

    private static bool HasExited(Process process)
    {
        try { return process.HasExited; }
        catch (InvalidOperationException) { return true; }
    }
}
