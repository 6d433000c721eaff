using System.Collections.Concurrent;
using System.Diagnostics;
using Philly311.Ops.Contracts.Breaches;
using Philly311.Ops.Contracts.Ingest;

namespace Philly311.Ops.Faults.Tests;

/// <summary>
/// kill -9 of the silo running the cluster's one breach sweep while requests fall due: the sweep comes back on a living
/// silo by itself (<c>BreachSweepKeeper</c>), and every request that fell due, the ones due while no sweep ran included,
/// is counted breached once.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class BreachSiloCrashTests(FaultCluster cluster) : IAsyncLifetime
{
    /// <summary>Each request is due this long after it is sent, so requests fall due before, during and after the outage.</summary>
    private static readonly TimeSpan DueAfter = TimeSpan.FromSeconds(4);

    [Fact]
    public async Task KillNineOfTheSiloRunningTheBreachSweepMissesNoBreachAndCountsEachOnce()
    {
        var clock = Stopwatch.StartNew();
        // A department of its own: nothing else breaches in it, so its count must equal this test's acknowledged requests.
        var agency = "Faults Breach " + Guid.NewGuid().ToString("N")[..8];
        await using var locator = await GrainLocator.ConnectAsync(cluster.Redis.Address, cluster.ClusterId);
        var sweep = locator.Client.GetGrain<IBreachGrain>(IBreachGrain.City);
        await sweep.GetFrameAsync();
        var holderPort = await locator.SiloPortOfAsync(sweep) ?? throw new InvalidOperationException("the breach sweep is active nowhere after a call");
        var holder = cluster.SiloOnPort(holderPort);
        // One body per id, made at its first attempt: a retry resends the same version, so it can only be a duplicate.
        var bodies = new ConcurrentDictionary<string, ServiceRequestEvent>(StringComparer.Ordinal);
        await using var requests = new SteadyIngest(cluster.Silos.Select(s => s.Url), 10, clock,
            id => ("/api/requests", bodies.GetOrAdd(id, first => DueSoon(first, agency))));
        requests.Start(senders: 4);
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);

        var killedAt = clock.Elapsed;
        await holder.Process.KillAsync();
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        await requests.DrainAsync(TimeSpan.FromSeconds(20));
        var acknowledged = requests.Acknowledged;
        var lastDue = clock.Elapsed + DueAfter;
        TimeSpan? allBreachedAt = null;
        long breached = -1;
        var deadline = lastDue + TimeSpan.FromSeconds(30);
        while (clock.Elapsed < deadline)
        {
            try
            {
                var frame = await sweep.GetFrameAsync();
                breached = frame.Departments.SingleOrDefault(d => d.Name == agency)?.Count ?? 0;
                if (breached == acknowledged && clock.Elapsed >= lastDue)
                {
                    allBreachedAt = clock.Elapsed;
                    break;
                }
            }
            catch (Exception ex) when (ex is TimeoutException or Orleans.Runtime.OrleansException)
            {
                // The dead silo's activation: calls land on a living silo once the cluster has declared it dead.
            }
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
        FaultFigures.Record("kill -9 of the silo running the breach sweep",
            ("requests sent", requests.Generated), ("acknowledged", acknowledged), ("breached in the sweep's figures", breached),
            ("all breached after the kill", FaultFigures.Seconds(allBreachedAt - killedAt)),
            ("all breached after the last due time", FaultFigures.Seconds(allBreachedAt - lastDue)));

        requests.Outstanding.ShouldBe(0, requests.Describe());
        breached.ShouldBe(acknowledged, $"every acknowledged request past due is breached once. Logs:\n{cluster.Tail}");
        acknowledged.ShouldBeGreaterThan(30, "requests kept flowing around the kill");
    }

    private static ServiceRequestEvent DueSoon(string id, string agency) => SteadyIngest.NewEvent(id) with
    {
        AgencyResponsible = agency,
        RequestedDatetime = DateTimeOffset.UtcNow.AddMinutes(-5),
        ExpectedDatetime = DateTimeOffset.UtcNow + DueAfter,
    };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await cluster.RestoreAsync();
}
