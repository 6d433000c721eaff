using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.TestingHost;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Dashboard.Hub;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Dashboard.Tests.Hub;

/// <summary>
/// The dashboard's hub for real — Kestrel on a loopback port, SignalR, the feed, the figure observer and the per-key
/// groups as the dashboard wires them — on an Orleans test silo whose figure grains are <see cref="StandInFigureGrain"/>s.
/// No subscription service runs, so every grain call seen in the <see cref="Ledger"/> came from the hub itself.
/// </summary>
public sealed class HubHost : IAsyncLifetime
{
    private InProcessTestCluster? _cluster;
    private WebApplication? _app;

    public StandInLedger Ledger { get; } = new();

    public RecordingLoggerProvider Logs { get; } = new();

    public string HubUrl { get; private set; } = "";

    public IServiceProvider Services => _app!.Services;

    public LiveBoardFeed Feed => Services.GetRequiredService<LiveBoardFeed>();

    public FigureObserver Observer => Services.GetRequiredService<FigureObserver>();

    public async ValueTask InitializeAsync()
    {
        var cluster = new InProcessTestClusterBuilder(1);
        cluster.ConfigureSilo((_, silo) => silo.Services.AddSingleton(Ledger));
        _cluster = cluster.Build();
        await _cluster.DeployAsync();

        var web = WebApplication.CreateBuilder();
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
        web.Services.AddSingleton<Philly311.Ops.Dashboard.Drilldown.DrilldownFeed>();
        web.AddOpsHub();
        _app = web.Build();
        _app.MapOpsHub();
        await _app.StartAsync();
    }

    public async Task<HubConnection> ConnectAsync()
    {
        var connection = new HubConnectionBuilder().WithUrl(HubUrl).Build();
        await connection.StartAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        if (_cluster is not null) await _cluster.DisposeAsync();
    }
}
