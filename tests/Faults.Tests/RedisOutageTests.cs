using System.Diagnostics;
using System.Net;
using Philly311.Ops.ServiceDefaults.Hosting;

namespace Philly311.Ops.Faults.Tests;

/// <summary>
/// Redis shut down under steady ingest and started again on its AOF: meanwhile every POST is refused in time with
/// Retry-After and readiness says 503; afterwards everything recovers by itself and nothing acknowledged is lost.
/// A silo asked to stop while Redis is away stops within its shutdown timeout.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class RedisOutageTests(FaultCluster cluster) : IAsyncLifetime
{
    private const double Rate = 100;

    /// <summary>The silo's commit deadline (IngestOptions.CommitDeadline, 1.5 s) and as much again for two shared cores.</summary>
    private static readonly TimeSpan AnsweredWithin = TimeSpan.FromSeconds(3);

    private static readonly TimeSpan Down = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task WhileRedisIsDownIngestIsRefusedInTimeAndAfterItsRestartEverythingRecoversWithNothingLost()
    {
        var baseline = await CityCount.InRedisAsync(cluster) ?? throw new InvalidOperationException("no silo answers");
        var clock = Stopwatch.StartNew();
        await using var hub = await HubWatcher.ConnectAsync(cluster.Dashboards.Select(d => d.Url), clock);
        await using var ingest = new SteadyIngest(cluster.Silos.Select(s => s.Url), Rate, clock);
        ingest.Start();
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);

        var stopping = clock.Elapsed;
        await cluster.StopRedisAsync();
        var downAt = clock.Elapsed;
        var notReady = await Task.WhenAll(cluster.Silos.Select(s => WaitReadinessAsync(s, HttpStatusCode.ServiceUnavailable, clock, Down)));
        var left = Down - (clock.Elapsed - downAt);
        if (left > TimeSpan.Zero) await Task.Delay(left, TestContext.Current.CancellationToken);

        var upAt = clock.Elapsed;
        await cluster.StartRedisAsync();
        var ready = await Task.WhenAll(cluster.Silos.Select(s => WaitReadinessAsync(s, HttpStatusCode.OK, clock, TimeSpan.FromSeconds(30))));
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        await ingest.DrainAsync(TimeSpan.FromSeconds(20));
        var expected = baseline + ingest.Acknowledged;
        var counted = await CityCount.WaitEqualAsync(cluster, hub, expected, TimeSpan.FromSeconds(15));

        // Sent after the server was gone and answered before it was back: nothing could have been stored.
        var whileDown = ingest.Attempts.Where(a => a.SentAt >= downAt && a.AnsweredAt < upAt).ToList();
        var firstAckAfter = cluster.Silos.Select(s => ingest.Attempts.Where(a => a.Silo == s.Url && a.Acknowledged && a.SentAt >= upAt)
            .Select(a => (TimeSpan?)(a.AnsweredAt - upAt)).Min()).ToList();
        FaultFigures.Record("Redis shut down for " + Down.TotalSeconds + " s and restarted (AOF) at " + Rate + "/s",
            ("events sent", ingest.Generated), ("acknowledged", ingest.Acknowledged), ("counted", await CityCount.InRedisAsync(cluster) - baseline),
            ("SHUTDOWN took", FaultFigures.Seconds(downAt - stopping)),
            ("attempts while down", whileDown.Count), ("of them 503", whileDown.Count(a => a.Status == 503)), ("429", whileDown.Count(a => a.Status == 429)),
            ("slowest refusal", FaultFigures.Seconds(whileDown.Select(a => a.Took).DefaultIfEmpty().Max())),
            ("readiness 503 after", string.Join(" / ", notReady.Select(FaultFigures.Seconds))),
            ("after the restart: readiness 200 after", string.Join(" / ", ready.Select(FaultFigures.Seconds))),
            ("first 2xx per silo after", string.Join(" / ", firstAckAfter.Select(FaultFigures.Seconds))),
            ("counters equal the count after the drain", FaultFigures.Seconds(counted)));

        whileDown.Count.ShouldBeGreaterThan((int)(Rate * Down.TotalSeconds / 3), "ingest went on being tried while Redis was down");
        whileDown.ShouldAllBe(a => a.Status == 503 || a.Status == 429, "refused, never a 2xx, a 500 or a timeout: " + ingest.Describe());
        whileDown.ShouldAllBe(a => a.RetryAfter, "every refusal says when to retry");
        whileDown.Max(a => a.Took).ShouldBeLessThanOrEqualTo(AnsweredWithin);
        notReady.ShouldAllBe(t => t != null, "every silo said not ready while Redis was down");
        ready.ShouldAllBe(t => t != null, $"every silo was ready again by itself. Logs:\n{cluster.Tail}");
        firstAckAfter.ShouldAllBe(t => t != null, "every silo acknowledged again");
        ingest.Outstanding.ShouldBe(0, ingest.Describe());
        counted.ShouldNotBeNull($"Redis says {await CityCount.InRedisAsync(cluster) - baseline}, the hub {hub.LastCity?.City.Received - baseline}, the sender {ingest.Acknowledged}");
    }

    [Fact]
    public async Task ASiloAskedToStopWhileRedisIsDownStopsWithinItsShutdownTimeout()
    {
        var silo = cluster.Silos[1];
        await cluster.StopRedisAsync();
        var clock = Stopwatch.StartNew();
        await WaitReadinessAsync(silo, HttpStatusCode.ServiceUnavailable, clock, TimeSpan.FromSeconds(10));

        var took = await silo.Process.TerminateAsync(TimeSpan.FromSeconds(60));
        FaultFigures.Record("SIGTERM to a silo while Redis is down",
            ("stopped after", FaultFigures.Seconds(took)), ("HostOptions.ShutdownTimeout", FaultFigures.Seconds(HostingExtensions.ShutdownTimeout)), ("forced exit after", FaultFigures.Seconds(ShutdownWatchdog.Limit)));

        took.ShouldNotBeNull($"the silo did not stop within 60 s. Logs:\n{cluster.Tail}");
        took.Value.ShouldBeLessThanOrEqualTo(ShutdownWatchdog.Limit + TimeSpan.FromSeconds(3));
    }

    /// <summary>From now: how long until <paramref name="silo"/>'s readiness answers <paramref name="status"/>; null if not within <paramref name="patience"/>.</summary>
    private static async Task<TimeSpan?> WaitReadinessAsync(ClusterMember silo, HttpStatusCode status, Stopwatch clock, TimeSpan patience)
    {
        var start = clock.Elapsed;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (clock.Elapsed - start < patience)
        {
            if (await FaultCluster.ReadyStatusAsync(http, silo) == status) return clock.Elapsed - start;
            await Task.Delay(100);
        }
        return null;
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await cluster.RestoreAsync();
}
