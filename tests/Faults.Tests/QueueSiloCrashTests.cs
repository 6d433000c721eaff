using System.Diagnostics;
using System.Globalization;
using Philly311.Ops.Contracts.Naming;
using Philly311.Ops.Contracts.Queues;

namespace Philly311.Ops.Faults.Tests;

/// <summary>
/// kill -9 of the silo that holds a queue's grain while contacts arrive for it: no acknowledged contact is lost or counted
/// twice, and the queue's figures, re-read from Redis by the grain's new activation, equal what the sender counted.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class QueueSiloCrashTests(FaultCluster cluster) : IAsyncLifetime
{
    [Fact]
    public async Task KillNineOfTheSiloHoldingAQueueLosesNoAcknowledgedContactAndTheQueueComesBackExact()
    {
        var clock = Stopwatch.StartNew();
        // A queue of its own: nothing else counts into it, so its figures must equal this test's acknowledgements.
        var name = "faults " + Guid.NewGuid().ToString("N")[..8];
        var key = QueueKeys.Queue(KeySlug.From(name, "queue-"));
        await using var locator = await GrainLocator.ConnectAsync(cluster.Redis.Address, cluster.ClusterId);
        var queue = locator.Client.GetGrain<IQueueGrain>(key);
        (await queue.GetFrameAsync()).Offered.ShouldBe(0);
        var holderPort = await locator.SiloPortOfAsync(queue) ?? throw new InvalidOperationException($"{key} is active nowhere after a call");
        var holder = cluster.SiloOnPort(holderPort);
        await using var contacts = new SteadyIngest(cluster.Silos.Select(s => s.Url), 40, clock, id => ("/api/contacts", Offered(id, name)));
        contacts.Start(senders: 8);
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);

        await holder.Process.KillAsync();
        await Task.Delay(TimeSpan.FromSeconds(4), TestContext.Current.CancellationToken);
        await contacts.DrainAsync(TimeSpan.FromSeconds(20));
        var acknowledged = contacts.Acknowledged;
        var drainedAt = clock.Elapsed;
        TimeSpan? exactAfter = null;
        QueueFrame? frame = null;
        var deadline = clock.Elapsed + TimeSpan.FromSeconds(20);
        while (clock.Elapsed < deadline)
        {
            try
            {
                frame = await queue.GetFrameAsync();
                if (frame.Offered == acknowledged)
                {
                    exactAfter = clock.Elapsed - drainedAt;
                    break;
                }
            }
            catch (Exception ex) when (ex is TimeoutException or Orleans.Runtime.OrleansException)
            {
                // The dead silo's activation: the next call after it is declared dead lands on a living silo.
            }
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
        FaultFigures.Record("kill -9 of the silo holding a queue grain",
            ("contacts sent", contacts.Generated), ("acknowledged", acknowledged), ("offered in the queue's figures", frame?.Offered ?? -1),
            ("waiting in the queue's figures", frame?.Waiting ?? -1), ("figures exact after the drain", FaultFigures.Seconds(exactAfter)));

        contacts.Outstanding.ShouldBe(0, contacts.Describe());
        var counted = frame.ShouldNotBeNull($"the queue never answered after the kill. Logs:\n{cluster.Tail}");
        counted.Offered.ShouldBe(acknowledged, "every acknowledged offered contact counted once, none twice, none lost");
        counted.Waiting.ShouldBe(acknowledged, "nobody answered them: all still waiting");
        acknowledged.ShouldBeGreaterThan(200, "contacts kept flowing around the kill");
    }

    private static Dictionary<string, string> Offered(string id, string queue) => new(StringComparer.Ordinal)
    {
        ["event_id"] = id,
        ["type"] = "offered",
        ["contact_id"] = id,
        ["queue"] = queue,
        ["channel"] = "phone",
        ["language"] = "en",
        ["at"] = DateTimeOffset.UtcNow.AddSeconds(-1).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
    };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await cluster.RestoreAsync();
}
