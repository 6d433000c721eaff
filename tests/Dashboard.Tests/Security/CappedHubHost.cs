using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.TestingHost;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Dashboard.Access;
using Philly311.Ops.Dashboard.Hub;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.Dashboard.Security;
using Philly311.Ops.Dashboard.Tests.Hub;
using Philly311.Ops.TestSupport;
using StackExchange.Redis;

namespace Philly311.Ops.Dashboard.Tests.Security;

/// <summary>The dashboard's hub as Program.cs wires it, with its security, on Kestrel and a test silo; every client here is 127.0.0.1.</summary>
public sealed class CappedHubHost : IAsyncLifetime
{
    public const int Cap = 2;

    private const string HubKey = "capped-hub-key-0123456789";

    private InProcessTestCluster? _cluster;
    private WebApplication? _app;
    private readonly RedisServer _redis = new();

    public RecordingLoggerProvider Logs { get; } = new();

    public string HubUrl { get; private set; } = "";

    public HubConnectionCap ConnectionCap => _app!.Services.GetRequiredService<HubConnectionCap>();

    public async ValueTask InitializeAsync()
    {
        var cluster = new InProcessTestClusterBuilder(1);
        cluster.ConfigureSilo((_, silo) => silo.Services.AddSingleton(new StandInLedger()));
        _cluster = cluster.Build();
        await _cluster.DeployAsync();

        await _redis.InitializeAsync();
        var web = WebApplication.CreateBuilder();
        web.Configuration["DashboardSecurity:MaxHubConnectionsPerClient"] = Cap.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // The hub needs a reader since sign-in exists: these clients come in with a service key, as LoadTests' readers do.
        web.Configuration["Access:HubKeys:tests"] = HubKey;
        web.Configuration["Access:Users:director:Role"] = "director";
        web.Configuration["Access:Users:director:PasswordHash"] = HubHost.PasswordHash;
        web.Logging.ClearProviders();
        web.Logging.SetMinimumLevel(LogLevel.Information);
        web.Logging.AddProvider(Logs);
        var root = $"http://127.0.0.1:{RedisServer.FreePort()}";
        HubUrl = root + OpsGroups.HubPath;
        web.WebHost.UseUrls(root);
        web.Services.AddSingleton<IGrainFactory>(_cluster.Client);
        web.Services.AddSingleton(TimeProvider.System);
        web.Services.AddSingleton<LiveBoardFeed>();
        web.Services.AddSingleton<FigureObserver>();
        web.Services.AddSingleton<FigureGrains>();
        web.Services.AddSingleton<Philly311.Ops.Dashboard.Queues.QueueFeed>();
        web.Services.AddSingleton<Philly311.Ops.Dashboard.Push.EmergencyFeed>();
        web.Services.AddSingleton<IConnectionMultiplexer>(_redis.Connection!);
        web.AddOpsHub();
        web.AddOpsAccess();
        web.AddDashboardSecurity();
        _app = web.Build();
        _app.UseDashboardSecurity();
        _app.MapOpsHub();
        _app.MapOpsAccess();
        await _app.StartAsync();
    }

    public HubConnection NewConnection() =>
        new HubConnectionBuilder().WithUrl(HubUrl, o => o.AccessTokenProvider = () => Task.FromResult<string?>(HubKey)).Build();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        if (_cluster is not null) await _cluster.DisposeAsync();
        await _redis.DisposeAsync();
    }
}
