using System.Net.Http.Json;
using Philly311.Ops.Contracts.Board;

namespace Philly311.Ops.Faults.Tests;

/// <summary>The city's received counter as the product reports it: Redis's (the snapshot of any live silo) and the grains' (a hub frame).</summary>
public static class CityCount
{
    /// <summary>The snapshot's city total from the first silo that answers; null when none does.</summary>
    public static async Task<long?> InRedisAsync(FaultCluster cluster)
    {
        foreach (var silo in cluster.Silos.Where(s => s.Process.IsRunning))
        {
            using var http = cluster.CreateClient(silo.Url, TimeSpan.FromSeconds(3));
            try
            {
                var snapshot = await http.GetFromJsonAsync<BoardSnapshot>("/api/snapshot");
                if (snapshot is not null) return snapshot.City.Received;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Try the next silo.
            }
        }
        return null;
    }

    /// <summary>Waits until both Redis's and the hub's city total equal <paramref name="expected"/>; answers how long that took, or null.</summary>
    public static async Task<TimeSpan?> WaitEqualAsync(FaultCluster cluster, HubWatcher hub, long expected, TimeSpan patience)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < patience)
        {
            if (hub.LastCity?.City.Received == expected && await InRedisAsync(cluster) == expected) return clock.Elapsed;
            await Task.Delay(100);
        }
        return null;
    }
}
