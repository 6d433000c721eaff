using System.Diagnostics;
using Philly311.Ops.Contracts.Ingest;
using Philly311.Ops.LoadTests.Replay;
using Philly311.Ops.LoadTests.Targets;
using Philly311.Ops.LoadTests.Tests.StandIn;

namespace Philly311.Ops.LoadTests.Tests.Replay;

public sealed class PatientBulkSenderTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static TimedEvent[] Events(int count) =>
        Enumerable.Range(1, count)
            .Select(i => new TimedEvent(Now, new ServiceRequestEvent { ServiceRequestId = "patient-" + i, RequestedDatetime = Now }, VersionKind.Open, 0))
            .ToArray();

    [Fact]
    public async Task ItWaitsAsTheSiloAsksAndSendsAgainUntilTheEventsAreTaken()
    {
        await using var silo = await StandInSilo.StartAsync();
        silo.RefuseNextBulk.Enqueue(503);
        silo.RefuseNextBulk.Enqueue(429);
        using var client = new IngestClient(silo.Url, StandInSilo.ApiKey, 2);
        var tally = new ReplayTally();
        var said = new List<string>();
        var sender = new PatientBulkSender(client, tally, said.Add);
        var clock = Stopwatch.StartNew();

        var sent = await sender.SendAsync(Events(3), TestContext.Current.CancellationToken);

        sent.ShouldBeTrue();
        clock.Elapsed.ShouldBeGreaterThan(TimeSpan.FromSeconds(1.8), "two Retry-After: 1 answers were waited out");
        sender.Retries.ShouldBe(2);
        silo.Distinct.ShouldBe(3);
        tally.Accepted.ShouldBe(3);
        tally.Failed.ShouldBe(0);
        said.Count.ShouldBe(2);
        said[0].ShouldContain("503");
    }

    [Fact]
    public async Task ItKeepsTryingWhileTheSiloIsUnreachable()
    {
        var port = Philly311.Ops.TestSupport.RedisServer.FreePort();
        using var client = new IngestClient(new Uri($"http://127.0.0.1:{port}"), StandInSilo.ApiKey, 2);
        var sender = new PatientBulkSender(client, new ReplayTally(), _ => { });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(TimeSpan.FromSeconds(2));

        await Should.ThrowAsync<OperationCanceledException>(() => sender.SendAsync(Events(1), stop.Token));

        sender.Retries.ShouldBeGreaterThanOrEqualTo(3, "250, 500, 1000 ms of backoff fit in two seconds");
    }

    [Fact]
    public async Task AnUploadRefusedAsBadInputIsCountedAndSkipped()
    {
        await using var silo = await StandInSilo.StartAsync();
        silo.RefuseNextBulk.Enqueue(400);
        using var client = new IngestClient(silo.Url, StandInSilo.ApiKey, 2);
        var tally = new ReplayTally();
        var sender = new PatientBulkSender(client, tally, _ => { });

        var sent = await sender.SendAsync(Events(2), TestContext.Current.CancellationToken);

        sent.ShouldBeTrue();
        sender.Retries.ShouldBe(0);
        tally.Rejected.ShouldBe(2);
        silo.Distinct.ShouldBe(0);
    }

    [Fact]
    public async Task AWrongKeyEndsTheReplayInsteadOfRetryingForever()
    {
        await using var silo = await StandInSilo.StartAsync();
        using var client = new IngestClient(silo.Url, "not-the-key", 2);
        var sender = new PatientBulkSender(client, new ReplayTally(), _ => { });

        var sent = await sender.SendAsync(Events(1), TestContext.Current.CancellationToken);

        sent.ShouldBeFalse();
        sender.Retries.ShouldBe(0);
    }
}
