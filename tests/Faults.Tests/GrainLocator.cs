using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime;
using StackExchange.Redis;

namespace Philly311.Ops.Faults.Tests;

/// <summary>
/// An Orleans client of the fault cluster, used only to ask where an activation lives (<see cref="IManagementGrain"/>),
/// so a test can kill the silo that holds the board's grains rather than one that happens not to.
/// </summary>
public sealed class GrainLocator : IAsyncDisposable
{
    private readonly IHost _host;

    private GrainLocator(IHost host) => _host = host;

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    public static async Task<GrainLocator> ConnectAsync(string redisAddress, string clusterId)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client =>
        {
            client.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(redisAddress));
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = FaultCluster.ServiceId;
            });
        });
        var host = builder.Build();
        await host.StartAsync();
        return new GrainLocator(host);
    }

    /// <summary>The Orleans silo port of the silo where this grain is active, or null when it is not active anywhere known.</summary>
    public async Task<int?> SiloPortOfAsync(IAddressable grain)
    {
        var address = await Client.GetGrain<IManagementGrain>(0).GetActivationAddress(grain);
        return address?.Endpoint.Port;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _host.StopAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            // The cluster is being torn down with it.
        }
        _host.Dispose();
    }
}
