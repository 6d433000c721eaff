using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Dashboard.Drilldown;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.Dashboard.Tests.Hub;
using Philly311.Ops.Dashboard.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Philly311.Ops.Dashboard.Tests.Drilldown;

/// <summary>
/// The drill-down feed on the real hub wiring and a test silo: it joins like a hub connection and is pushed through the
/// one observer. Its own collection, run after the parallel ones: starting a second test silo beside the hub tests' made
/// the timing-sensitive page tests late on two cores.
/// </summary>
[Collection(nameof(DrilldownFeedTests))]
public sealed class DrilldownFeedTests(HubHost host) : IClassFixture<HubHost>
{
    private DrilldownFeed Feed => host.Services.GetRequiredService<DrilldownFeed>();

    [Fact]
    public async Task AWatchedKeyIsSubscribedReadAndThenPushedUntilTheLastPageLeaves()
    {
        var seen = new List<(FigureFrame? Frame, BoardFreshness Freshness)>();
        var lockObject = new Lock();

        var watch = Feed.Watch("dept:water", (f, s) => { lock (lockObject) seen.Add((f, s)); });

        await Until(() => host.Ledger.IsSubscribed("dept:water"));
        await Until(() => { lock (lockObject) return seen.Any(s => s.Frame?.Entry.Open == 2); });
        var pushed = new FigureFrame("dept:water", Snapshots.AsOf.AddSeconds(1), StandInFigureGrain.Sequence + 1, 2, "2026-07-14",
            Snapshots.Entry("water", "Water Department", receivedToday: 4, open: 3), new long[BoardSnapshot.SlotsPerDay]);
        host.Observer.OnFigureChanged(pushed);
        await Until(() => { lock (lockObject) return seen[^1].Frame?.Entry.Open == 3 && seen[^1].Freshness.State == FeedState.Live; });

        watch.Dispose();
        await Until(() => !host.Ledger.IsSubscribed("dept:water"));
    }

    [Fact]
    public async Task FramesOfKeysNoPageWatchesAreDropped()
    {
        var calls = 0;
        using var watch = Feed.Watch("service:potholes", (_, _) => Interlocked.Increment(ref calls));
        await Until(() => Volatile.Read(ref calls) > 0);
        var before = Volatile.Read(ref calls);

        host.Observer.OnFigureChanged(new FigureFrame("service:graffiti", Snapshots.AsOf, 99, 9, "2026-07-14",
            Snapshots.Entry("graffiti", "Graffiti", 1, 1), new long[BoardSnapshot.SlotsPerDay]));

        await Task.Delay(100, TestContext.Current.CancellationToken);
        Volatile.Read(ref calls).ShouldBe(before);
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("condition not met within 10 s");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
