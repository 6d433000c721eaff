using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Dashboard.Hub;
using Philly311.Ops.Dashboard.Tests.Support;

namespace Philly311.Ops.Dashboard.Tests.Hub;

/// <summary>The hub over real SignalR connections, on a test silo: per-key subscriptions, the group cap, one city frame per change.</summary>
public sealed class OpsHubTests(HubHost host) : IClassFixture<HubHost>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AKeyGroupIsSubscribedOnTheFirstJoinAndDroppedAfterTheLastLeave()
    {
        await using var first = await host.ConnectAsync();
        await using var second = await host.ConnectAsync();
        host.Ledger.IsSubscribed("dept:water").ShouldBeFalse();

        var answer = await first.InvokeAsync<CounterFrame?>(OpsHubMethods.Join, "dept:water", TestContext.Current.CancellationToken);

        host.Ledger.IsSubscribed("dept:water").ShouldBeTrue("the Join awaits the subscription");
        answer.ShouldNotBeNull().Group.ShouldBe("dept:water");
        answer.Sequence.ShouldBe(StandInFigureGrain.Sequence, "fetched from the grain: this process had no frame of it");
        answer.Entry.Key.ShouldBe("water");

        await second.InvokeAsync<CounterFrame?>(OpsHubMethods.Join, "dept:water", TestContext.Current.CancellationToken);
        host.Ledger.SubscribeCalls("dept:water").ShouldBe(1, "one subscription per process, however many of its connections watch");

        await first.InvokeAsync(OpsHubMethods.Leave, "dept:water", TestContext.Current.CancellationToken);
        host.Ledger.IsSubscribed("dept:water").ShouldBeTrue("the second connection still watches");

        await second.InvokeAsync(OpsHubMethods.Leave, "dept:water", TestContext.Current.CancellationToken);
        host.Ledger.IsSubscribed("dept:water").ShouldBeFalse();
    }

    [Fact]
    public async Task ADisconnectDropsTheSubscriptionsOfTheGroupsItWasIn()
    {
        var connection = await host.ConnectAsync();
        await connection.InvokeAsync<CounterFrame?>(OpsHubMethods.Join, "hood:fishtown", TestContext.Current.CancellationToken);
        await connection.InvokeAsync<CounterFrame?>(OpsHubMethods.Join, "zip:19125", TestContext.Current.CancellationToken);
        host.Ledger.IsSubscribed("hood:fishtown").ShouldBeTrue();

        await connection.DisposeAsync();

        await Until(() => !host.Ledger.IsSubscribed("hood:fishtown") && !host.Ledger.IsSubscribed("zip:19125"));
    }

    [Fact]
    public async Task ACounterFrameGoesOnlyToItsGroupAndEachFrameOnce()
    {
        await using var water = await host.ConnectAsync();
        await using var streets = await host.ConnectAsync();
        var toWater = Record<CounterFrame>(water, nameof(IOpsClient.CounterChanged));
        var toStreets = Record<CounterFrame>(streets, nameof(IOpsClient.CounterChanged));
        await water.InvokeAsync<CounterFrame?>(OpsHubMethods.Join, "channel:web", TestContext.Current.CancellationToken);
        await streets.InvokeAsync<CounterFrame?>(OpsHubMethods.Join, "channel:phone", TestContext.Current.CancellationToken);

        host.Observer.OnFigureChanged(Figure("channel:web", 41));
        await Until(() => !toWater.IsEmpty);
        host.Observer.OnFigureChanged(Figure("channel:web", 41));
        host.Observer.OnFigureChanged(Figure("channel:email", 41));
        host.Observer.OnFigureChanged(Figure("channel:web", 40));
        host.Observer.OnFigureChanged(Figure("channel:web", 42));

        await Until(() => toWater.Any(f => f.Sequence == 42));
        toWater.Select(f => f.Sequence).ShouldBe([41, 42], "a repeat, an older frame and the answered frame are not sent again");
        toWater.ShouldAllBe(f => f.Group == "channel:web" && f.Entry.Key == "web");
        toStreets.ShouldBeEmpty();
    }

    [Fact]
    public async Task AConnectionMayJoinAtMostSixtyFourGroups()
    {
        await using var connection = await host.ConnectAsync();
        await connection.InvokeAsync<CityFrame?>(OpsHubMethods.Join, OpsGroups.City, TestContext.Current.CancellationToken);
        for (var i = 1; i < OpsHub.MaxGroupsPerConnection; i++)
        {
            await connection.InvokeAsync<CounterFrame?>(OpsHubMethods.Join, $"zip:cap{i}", TestContext.Current.CancellationToken);
        }

        var refused = await Should.ThrowAsync<HubException>(() =>
            connection.InvokeAsync<CounterFrame?>(OpsHubMethods.Join, "zip:one-too-many", TestContext.Current.CancellationToken));

        refused.Message.ShouldContain("at most 64 groups");
        host.Ledger.IsSubscribed("zip:one-too-many").ShouldBeFalse();
        // Joining a group it is in already is no new group; after a Leave there is room again.
        await connection.InvokeAsync<CounterFrame?>(OpsHubMethods.Join, "zip:cap1", TestContext.Current.CancellationToken);
        await connection.InvokeAsync(OpsHubMethods.Leave, "zip:cap2", TestContext.Current.CancellationToken);
        (await connection.InvokeAsync<CounterFrame?>(OpsHubMethods.Join, "zip:one-too-many", TestContext.Current.CancellationToken)).ShouldNotBeNull();
    }

    [Fact]
    public async Task AnUnknownGroupIsRefusedByNameAndLoggedInOneLineWithoutAStackTrace()
    {
        await using var connection = await host.ConnectAsync();

        var refused = await Should.ThrowAsync<HubException>(() =>
            connection.InvokeAsync<object?>(OpsHubMethods.Join, "everything", TestContext.Current.CancellationToken));

        refused.Message.ShouldContain("'everything'");
        var logged = host.Logs.Entries.Where(e => e.Message.Contains("everything", StringComparison.Ordinal)).ToList();
        logged.ShouldHaveSingleItem().Level.ShouldBe(LogLevel.Information);
        logged[0].Exception.ShouldBeNull();
        host.Logs.Entries.ShouldNotContain(e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task ACityFrameIsBuiltOncePerChangeHoweverManyConnectionsAreInTheGroup()
    {
        host.Feed.Publish(Snapshots.Sample(100, Snapshots.AsOf.AddSeconds(100)));
        var connections = new List<HubConnection>();
        var received = new List<ConcurrentQueue<CityFrame>>();
        for (var i = 0; i < 5; i++)
        {
            var connection = await host.ConnectAsync();
            received.Add(Record<CityFrame>(connection, nameof(IOpsClient.CityChanged)));
            await connection.InvokeAsync<CityFrame?>(OpsHubMethods.Join, OpsGroups.City, TestContext.Current.CancellationToken);
            connections.Add(connection);
        }
        var builtBefore = host.Feed.CityFramesBuilt;

        for (var sequence = 101; sequence <= 103; sequence++) host.Feed.Publish(Snapshots.Sample(sequence, Snapshots.AsOf.AddSeconds(sequence)));

        await Until(() => received.All(r => r.Any(f => f.Sequence == 103)));
        (host.Feed.CityFramesBuilt - builtBefore).ShouldBe(9, "three parts of the city frame changed three times; five readers built nothing more");
        // Only the changes made with all five in the group: the first connection may also hear the frame of 100 the pump was
        // still sending when it joined, before the others had.
        var sequences = received[0].Select(f => f.Sequence).Where(s => s > 100).ToList();
        sequences.ShouldBe(sequences.Distinct().Order().ToList(), "each sequence once, in order");
        received.ShouldAllBe(r => r.Select(f => f.Sequence).Where(s => s > 100).SequenceEqual(sequences), "every connection got the same frames");
        (await connections[0].InvokeAsync<CityFrame?>(OpsHubMethods.Join, OpsGroups.City, TestContext.Current.CancellationToken))!.Sequence.ShouldBe(103);
        foreach (var connection in connections) await connection.DisposeAsync();
    }

    private static FigureFrame Figure(string key, long sequence)
    {
        var name = FigureDimension.KeyIn(key);
        return new FigureFrame(
            key, Snapshots.AsOf.AddSeconds(sequence), sequence, sequence, "2026-07-14", Snapshots.Entry(name, name, sequence, sequence), new long[BoardSnapshot.SlotsPerDay]);
    }

    private static ConcurrentQueue<T> Record<T>(HubConnection connection, string method)
    {
        var seen = new ConcurrentQueue<T>();
        connection.On<T>(method, seen.Enqueue);
        return seen;
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the condition never came true");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
