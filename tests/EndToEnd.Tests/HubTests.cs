using System.Net;
using System.Net.Http.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Contracts.Ingest;

namespace Philly311.Ops.EndToEnd.Tests;

/// <summary>An external subscriber of /hubs/ops sees an acknowledged event, pushed, with no polling.</summary>
[Collection(SystemCollection.Name)]
public sealed class HubTests(RunningSystem system)
{
    [Fact]
    public async Task ACitySubscriberReceivesAFrameReflectingAnAcknowledgedEvent()
    {
        var frames = Channel.CreateUnbounded<CityFrame>();
        await using var hub = RunningSystem.Hub(system.DashboardUrl).Build();
        hub.On<CityFrame>(nameof(IOpsClient.CityChanged), s => frames.Writer.TryWrite(s));
        await hub.StartAsync(TestContext.Current.CancellationToken);
        await hub.InvokeAsync<CityFrame?>(OpsHubMethods.Join, OpsGroups.City, TestContext.Current.CancellationToken);
        using var ingest = system.CreateIngestClient();

        var response = await ingest.PostAsJsonAsync("/api/requests", NewEvent("hub-1", "Police Department"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var ack = (await response.Content.ReadFromJsonAsync<IngestAnswer>(TestContext.Current.CancellationToken))!;
        var frame = await NextMatchingAsync(frames.Reader, s => s.Sequence >= ack.Sequence);
        frame.Departments.Single(d => d.Key == "police").Received.ShouldBe(1, "one Police Department request is posted in this system");
    }

    [Fact]
    public async Task ADepartmentSubscriberReceivesOnlyItsOwnCounter()
    {
        var frames = Channel.CreateUnbounded<CounterFrame>();
        await using var hub = RunningSystem.Hub(system.DashboardUrl).Build();
        var everyFrame = new System.Collections.Concurrent.ConcurrentQueue<CounterFrame>();
        hub.On<CounterFrame>(nameof(IOpsClient.CounterChanged), f =>
        {
            everyFrame.Enqueue(f);
            frames.Writer.TryWrite(f);
        });
        await hub.StartAsync(TestContext.Current.CancellationToken);
        await hub.InvokeAsync<CounterFrame?>(OpsHubMethods.Join, OpsGroups.Department("fire"), TestContext.Current.CancellationToken);
        using var ingest = system.CreateIngestClient();

        await ingest.PostAsJsonAsync("/api/requests", NewEvent("hub-2", "Streets Department"), TestContext.Current.CancellationToken);
        var ack = (await (await ingest.PostAsJsonAsync("/api/requests", NewEvent("hub-3", "Fire Department"), TestContext.Current.CancellationToken))
            .Content.ReadFromJsonAsync<IngestAnswer>(TestContext.Current.CancellationToken))!;

        var frame = await NextMatchingAsync(frames.Reader, f => f.Sequence >= ack.Sequence);
        frame.Group.ShouldBe("dept:fire");
        frame.Entry.Key.ShouldBe("fire");
        // The Streets request was counted first, so a frame for dept:streets would have arrived before this one.
        everyFrame.ShouldNotBeEmpty();
        everyFrame.ShouldAllBe(f => f.Group == "dept:fire");
    }

    [Fact]
    public async Task JoiningAnInvalidGroupIsRefused()
    {
        await using var hub = RunningSystem.Hub(system.DashboardUrl).Build();
        await hub.StartAsync(TestContext.Current.CancellationToken);

        var error = await Should.ThrowAsync<HubException>(() => hub.InvokeAsync<object?>(OpsHubMethods.Join, "everything", TestContext.Current.CancellationToken));

        error.Message.ShouldContain("everything");
        // Issue 10: a client's mistake is one Information line, not an error with a stack trace.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!system.Logs.Contains("Refused Join of 'everything'", StringComparison.Ordinal))
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the dashboard never logged the refused Join");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        system.Logs.ShouldNotContain("Failed to invoke hub method");
    }

    internal static ServiceRequestEvent NewEvent(string id, string agency) => new()
    {
        ServiceRequestId = id + "-" + Guid.NewGuid().ToString("N")[..6],
        RequestedDatetime = DateTimeOffset.UtcNow,
        AgencyResponsible = agency,
        Status = "open",
        Channel = "web",
        Lat = 39.9524,
        Long = -75.1636,
    };

    private static async Task<T> NextMatchingAsync<T>(ChannelReader<T> reader, Func<T, bool> match)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (true)
        {
            var item = await reader.ReadAsync(timeout.Token);
            if (match(item)) return item;
        }
    }
}
