using System.Diagnostics;

namespace Philly311.Ops.Faults.Tests;

/// <summary>kill -9 of a dashboard: its hub clients move to the other one and frames resume; the other's clients see nothing.</summary>
[Collection(FaultCollection.Name)]
public sealed class DashboardCrashTests(FaultCluster cluster) : IAsyncLifetime
{
    /// <summary>
    /// A connection that drops is noticed at once (the socket closes); a new one and its Join took 0.1 s on a calm machine
    /// and 2.8 s at a load average of 50 on these two shared cores.
    /// </summary>
    private static readonly TimeSpan ResumesWithin = TimeSpan.FromSeconds(5);

    /// <summary>Heartbeats come about once a second; one beat late on loaded cores is not an interruption.</summary>
    private static readonly TimeSpan BystanderGapBelow = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task HubClientsOfAKilledDashboardReconnectToTheOtherAndFramesResume()
    {
        var clock = Stopwatch.StartNew();
        var doomed = cluster.Dashboards[0];
        var survivor = cluster.Dashboards[1];
        var moved = new List<HubWatcher>();
        for (var i = 0; i < 3; i++) moved.Add(await HubWatcher.ConnectAsync([doomed.Url, survivor.Url], clock));
        await using var bystander = await HubWatcher.ConnectAsync([survivor.Url, doomed.Url], clock);
        await using var ingest = new SteadyIngest(cluster.Silos.Select(s => s.Url), 50, clock);
        var baseline = await CityCount.InRedisAsync(cluster) ?? throw new InvalidOperationException("no silo answers");
        try
        {
            ingest.Start(senders: 8);
            await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);

            // The moment the signal goes, not when the test has seen the exit (that lags by up to a second on busy cores).
            var killedAt = clock.Elapsed;
            await doomed.Process.KillAsync();
            await Task.Delay(ResumesWithin + TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
            await ingest.DrainAsync(TimeSpan.FromSeconds(10));
            var expected = baseline + ingest.Acknowledged;
            var counted = await CityCount.WaitEqualAsync(cluster, moved[0], expected, TimeSpan.FromSeconds(10));

            // Resumed: the first push on the new connection (a frame the dying process sent just after the signal doesn't count).
            var gaps = moved.Select(w => w.FirstArrivalAfter(w.Connections.Last().At) - killedAt).ToList();
            var reconnects = moved.Select(w => w.Connections.Last().At - killedAt).ToList();
            var bystanderGap = LongestGap(bystander, killedAt - TimeSpan.FromSeconds(2), clock.Elapsed);
            FaultFigures.Record("kill -9 of 1 of 2 dashboards",
                ("events sent", ingest.Generated), ("acknowledged", ingest.Acknowledged), ("counted", expected - baseline),
                ("its hub clients reconnected to the other after", string.Join(" / ", reconnects.Select(r => FaultFigures.Seconds(r)))),
                ("first push on the new connection after the kill", string.Join(" / ", gaps.Select(FaultFigures.Seconds))),
                ("longest gap at the other dashboard's client", FaultFigures.Seconds(bystanderGap)));

            foreach (var watcher in moved)
            {
                watcher.CurrentUrl.ShouldBe(survivor.Url, "the client moved to the other dashboard");
                watcher.Connections.Last().At.ShouldBeGreaterThan(killedAt, "it connected again after the kill");
                (watcher.FirstArrivalAfter(watcher.Connections.Last().At) - killedAt).ShouldNotBeNull("frames resumed").ShouldBeLessThanOrEqualTo(ResumesWithin);
            }
            bystanderGap.ShouldBeLessThan(BystanderGapBelow, "the other dashboard's clients were not interrupted");
            counted.ShouldNotBeNull($"the moved client shows {moved[0].LastCity?.City.Received}, the sender counted {expected}");
        }
        finally
        {
            foreach (var watcher in moved) await watcher.DisposeAsync();
        }
    }

    private static TimeSpan LongestGap(HubWatcher watcher, TimeSpan from, TimeSpan to)
    {
        var arrivals = watcher.Arrivals.Where(t => t >= from && t <= to).Order().Prepend(from).Append(to).ToList();
        return arrivals.Zip(arrivals.Skip(1), (a, b) => b - a).Max();
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await cluster.RestoreAsync();
}
