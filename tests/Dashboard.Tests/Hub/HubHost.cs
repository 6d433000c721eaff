using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.TestingHost;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Dashboard.Access;
using Philly311.Ops.Dashboard.Hub;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.TestSupport;
using StackExchange.Redis;

namespace Philly311.Ops.Dashboard.Tests.Hub;

/// <summary>
/// The dashboard's hub for real — Kestrel on a loopback port, SignalR, the feed, the figure observer and the per-key
/// groups as the dashboard wires them — on an Orleans test silo whose figure, queue and push grains are stand-ins (<see cref="StandInFigureGrain"/>, ...).
/// No subscription service runs, so every grain call seen in the <see cref="Ledger"/> came from the hub itself.
/// Access is wired as the dashboard wires it (a real Redis for the audit log and key ring), with the users, display
/// tokens and hub key below in a reloadable configuration; <c>/wallboard/{layout}</c> and <c>/departments/{code}</c>
/// stand in for the screens' pages.
/// </summary>
public sealed class HubHost : IAsyncLifetime
{
    public const string HubKey = "test-hub-key-0123456789";
    public const string Password = "e2e-password";
    /// <summary>PBKDF2 of <see cref="Password"/>, made with Python's hashlib as the README shows.</summary>
    public const string PasswordHash = "pbkdf2-sha256$100000$Eu2Zfmlv+5A293NmpkAxBg==$OrJ85LF32HEN6ojQ8sSySpGHyXXD7tUw8+2inh09ZNw=";
    public const string FloorToken = "test-floor-token-0123456789";

    private InProcessTestCluster? _cluster;
    private WebApplication? _app;
    private readonly RedisServer _redis = new();

    public StandInLedger Ledger { get; } = new();

    public RecordingLoggerProvider Logs { get; } = new();

    public string HubUrl { get; private set; } = "";

    public IServiceProvider Services => _app!.Services;

    public LiveBoardFeed Feed => Services.GetRequiredService<LiveBoardFeed>();

    public FigureObserver Observer => Services.GetRequiredService<FigureObserver>();

    /// <summary>The queue feed the hub's queue groups send from; no subscription service feeds it, tests do.</summary>
    public Philly311.Ops.Dashboard.Queues.QueueFeed Queues => Services.GetRequiredService<Philly311.Ops.Dashboard.Queues.QueueFeed>();

    /// <summary>The push feed the hub's push groups send from; tests play the push grains' observer calls.</summary>
    public Philly311.Ops.Dashboard.Push.EmergencyFeed Emergency => Services.GetRequiredService<Philly311.Ops.Dashboard.Push.EmergencyFeed>();

    public async ValueTask InitializeAsync()
    {
        var cluster = new InProcessTestClusterBuilder(1);
        cluster.ConfigureSilo((_, silo) => silo.Services.AddSingleton(Ledger));
        _cluster = cluster.Build();
        await _cluster.DeployAsync();

        await _redis.InitializeAsync();
        var web = WebApplication.CreateBuilder();
        web.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Access:Users:liaison:Role"] = "liaison",
            ["Access:Users:liaison:PasswordHash"] = PasswordHash,
            ["Access:Users:director:Role"] = "director",
            ["Access:Users:director:PasswordHash"] = PasswordHash,
            ["Access:Users:streets:Role"] = "supervisor",
            ["Access:Users:streets:Department"] = "streets",
            ["Access:Users:streets:PasswordHash"] = PasswordHash,
            ["Access:DisplayTokens:floor:Token"] = FloorToken,
            ["Access:DisplayTokens:floor:Layout"] = "floor",
            ["Access:DisplayTokens:floor:Groups:0"] = "city",
            ["Access:HubKeys:tests"] = HubKey,
            ["Access:MaxFailedSignIns"] = "3",
        });
        web.Logging.ClearProviders();
        // Production's levels: SignalR's own logging at Information and up, as appsettings.json would let through.
        web.Logging.SetMinimumLevel(LogLevel.Information);
        web.Logging.AddProvider(Logs);
        HubUrl = $"http://127.0.0.1:{RedisServer.FreePort()}{OpsGroups.HubPath}";
        web.WebHost.UseUrls(HubUrl[..HubUrl.IndexOf(OpsGroups.HubPath, StringComparison.Ordinal)]);
        web.Services.AddSingleton<IGrainFactory>(_cluster.Client);
        web.Services.AddSingleton(TimeProvider.System);
        web.Services.AddSingleton<LiveBoardFeed>();
        web.Services.AddSingleton<FigureObserver>();
        web.Services.AddSingleton<FigureGrains>();
        web.Services.AddSingleton<Philly311.Ops.Dashboard.Queues.QueueFeed>();
        web.Services.AddSingleton<Philly311.Ops.Dashboard.Push.EmergencyFeed>();
        web.Services.AddSingleton<Philly311.Ops.Dashboard.Drilldown.DrilldownFeed>();
        web.Services.AddSingleton<IConnectionMultiplexer>(_redis.Connection!);
        web.AddOpsHub();
        web.AddOpsAccess();
        _app = web.Build();
        _app.UseAntiforgery();
        _app.MapOpsHub();
        _app.MapOpsAccess();
        _app.MapGet("/test/antiforgery", (IAntiforgery antiforgery, HttpContext http) => antiforgery.GetAndStoreTokens(http).RequestToken).AllowAnonymous();
        _app.MapGet("/wallboard/{layout}", (string layout) => "wallboard " + layout).RequireAuthorization(OpsPolicies.Reader);
        _app.MapGet("/departments/{code}", (string code) => "department " + code).RequireAuthorization(OpsPolicies.Reader);
        await _app.StartAsync();
    }

    public string BaseUrl => HubUrl[..HubUrl.IndexOf(OpsGroups.HubPath, StringComparison.Ordinal)];

    /// <summary>A hub client with the service key (the LoadTests readers' way in).</summary>
    public Task<HubConnection> ConnectAsync() => ConnectAsync(o => o.AccessTokenProvider = () => Task.FromResult<string?>(HubKey));

    public async Task<HubConnection> ConnectAsync(Action<HttpConnectionOptions> credentials)
    {
        var connection = new HubConnectionBuilder().WithUrl(HubUrl, credentials).Build();
        await connection.StartAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    /// <summary>Changes one setting and reloads the configuration, as an operator editing appsettings.json would.</summary>
    public void Reconfigure(string key, string? value)
    {
        var configuration = (IConfigurationRoot)_app!.Services.GetRequiredService<IConfiguration>();
        configuration[key] = value;
        configuration.Reload();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        if (_cluster is not null) await _cluster.DisposeAsync();
        await _redis.DisposeAsync();
    }
}
