using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Dashboard.Tests.Queues;

namespace Philly311.Ops.Dashboard.Tests.Hub;

/// <summary>Queue and push groups over real SignalR connections: the Join answer, each change once, the group's own heartbeat, refused names.</summary>
public sealed class QueueAndPushGroupTests(HubHost host) : IClassFixture<HubHost>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AQueueGroupAnswersTheQueuesFrameAndThenEachChangeOnceToThatGroupOnly()
    {
        await using var general = await host.ConnectAsync();
        await using var phone = await host.ConnectAsync();
        var toGeneral = Record<QueueFrame>(general, nameof(IOpsClient.QueueChanged));
        var toPhone = Record<QueueFrame>(phone, nameof(IOpsClient.QueueChanged));

        var answer = await general.InvokeAsync<QueueFrame?>(OpsHubMethods.Join, "queue:general", TestContext.Current.CancellationToken);
        await phone.InvokeAsync<QueueFrame?>(OpsHubMethods.Join, "queues:channel:phone", TestContext.Current.CancellationToken);
        host.Queues.Take(QueueBoardTests.Frame("queue:general", waiting: 5, sequence: 41));
        await Until(() => !toGeneral.IsEmpty);
        host.Queues.Take(QueueBoardTests.Frame("queue:general", waiting: 1, sequence: 39));
        host.Queues.Take(QueueBoardTests.Frame("queue:spanish", sequence: 42));
        host.Queues.Take(QueueBoardTests.Frame("queue:general", waiting: 6, sequence: 43));

        answer.ShouldNotBeNull().Key.ShouldBe("queue:general");
        answer.Sequence.ShouldBe(StandInQueueGrain.Sequence, "fetched from the grain: this process had no frame of it");
        await Until(() => toGeneral.Any(f => f.Sequence == 43));
        toGeneral.Select(f => (f.Sequence, f.Waiting)).ShouldBe([(41L, 5L), (43L, 6L)], "an older frame and another queue's are not sent");
        toPhone.ShouldBeEmpty();
        (await general.InvokeAsync<QueueFrame?>(OpsHubMethods.Join, "queue:general", TestContext.Current.CancellationToken))!.Sequence.ShouldBe(43);
    }

    [Fact]
    public async Task AQuietQueueGroupHearsItsGrainsHeartbeatWithTheGroupAndSequence()
    {
        await using var connection = await host.ConnectAsync();
        var beats = Record<GroupBeat>(connection, nameof(IOpsClient.GroupHeartbeat));
        await connection.InvokeAsync<QueueFrame?>(OpsHubMethods.Join, QueueKeys.City, TestContext.Current.CancellationToken);
        host.Queues.Take(QueueBoardTests.Frame(QueueKeys.City, sequence: 50));

        await Until(() =>
        {
            host.Queues.TakeHeartbeat(new FigureHeartbeat(QueueKeys.City, DateTimeOffset.UtcNow, 50));
            return !beats.IsEmpty;
        });

        var beat = beats.First();
        beat.Group.ShouldBe(QueueKeys.City);
        beat.Sequence.ShouldBe(50);
    }

    [Fact]
    public async Task APushGroupAnswersThePushThenSendsItsChangesAndItsHeartbeats()
    {
        const string id = "pa00000000001";
        await using var connection = await host.ConnectAsync();
        var frames = Record<PushFrame>(connection, nameof(IOpsClient.PushChanged));
        var beats = Record<GroupBeat>(connection, nameof(IOpsClient.GroupHeartbeat));

        var answer = await connection.InvokeAsync<PushFrame?>(OpsHubMethods.Join, OpsGroups.Push(id), TestContext.Current.CancellationToken);
        host.Emergency.OnPushChanged(StandInPushGrain.Frame(id, 8, DateTimeOffset.UtcNow));
        await Until(() => frames.Any(f => f.Sequence == 8));
        await Until(() =>
        {
            host.Emergency.OnPushHeartbeat(id, DateTimeOffset.UtcNow);
            return !beats.IsEmpty;
        });

        answer.ShouldNotBeNull().PushId.ShouldBe(id);
        answer.Sequence.ShouldBe(StandInPushGrain.Sequence);
        frames.Select(f => f.Sequence).ShouldBe([8L], "a heartbeat is not a new frame");
        frames.Single().Totals.Delivered.ShouldBe(8);
        beats.First().ShouldSatisfyAllConditions(b => b.Group.ShouldBe("push:" + id), b => b.Sequence.ShouldBe(8));
    }

    [Fact]
    public async Task AWellFormedIdOfNoPushIsRefusedAndWatchesNothing()
    {
        await using var connection = await host.ConnectAsync();

        var refused = await Should.ThrowAsync<HubException>(() =>
            connection.InvokeAsync<PushFrame?>(OpsHubMethods.Join, "push:pb00000000001", TestContext.Current.CancellationToken));

        refused.Message.ShouldContain("No push 'pb00000000001'");
        host.Emergency.WatchedPushes.ShouldNotContain("pb00000000001");
    }

    [Theory]
    [InlineData("queue:")]
    [InlineData("queues:")]
    [InlineData("queues:general")]
    [InlineData("queue:General")]
    [InlineData("queue:-general")]
    [InlineData("queues:channel:phone:x")]
    [InlineData("queue:general\n")]
    [InlineData("city\n")]
    [InlineData("push:")]
    [InlineData("push:p123")]
    [InlineData("push:P0123456789ab")]
    [InlineData("push:pzzzzzzzzzzzz")]
    [InlineData("push:p0123456789abc")]
    [InlineData("push:queue:general")]
    // Look-alikes and invisibles: Cyrillic "с", full-width letters, a zero-width space, a right-to-left override, NUL, CR.
    [InlineData("\u0441ity")]
    [InlineData("\uFF43\uFF49\uFF54\uFF59")]
    [InlineData("queue:general\u200B")]
    [InlineData("\u202Equeue:general")]
    [InlineData("city\0")]
    [InlineData("queue:general\r")]
    [InlineData(" city")]
    [InlineData("CITY")]
    [InlineData("queue:gen eral")]
    [InlineData("dept:streets/../city")]
    [InlineData("dept:%73treets")]
    [InlineData("queue:general;push:p0123456789ab")]
    [InlineData("")]
    public async Task ACraftedQueueOrPushGroupNameIsRefused(string group)
    {
        await using var connection = await host.ConnectAsync();

        var refused = await Should.ThrowAsync<HubException>(() =>
            connection.InvokeAsync<object?>(OpsHubMethods.Join, group, TestContext.Current.CancellationToken));

        refused.Message.ShouldContain("Unknown group");
        OpsGroups.IsQueue(group).ShouldBeFalse();
        OpsGroups.IsPush(group).ShouldBeFalse();
    }

    [Fact]
    public async Task AGroupNameWithALoneSurrogateIsRefusedAndTheConnectionStaysUsable()
    {
        await using var connection = await host.ConnectAsync();

        await Should.ThrowAsync<HubException>(() =>
            connection.InvokeAsync<object?>(OpsHubMethods.Join, "queue:general" + (char)0xD800, TestContext.Current.CancellationToken));

        connection.State.ShouldBe(HubConnectionState.Connected);
        (await connection.InvokeAsync<QueueFrame?>(OpsHubMethods.Join, "queue:general", TestContext.Current.CancellationToken)).ShouldNotBeNull().Key.ShouldBe("queue:general");
    }

    [Fact]
    public async Task AGroupNameOfTenThousandCharactersIsRefusedWithoutEchoingIt()
    {
        await using var connection = await host.ConnectAsync();
        var group = "queue:" + new string('a', 10_000);

        var refused = await Should.ThrowAsync<HubException>(() =>
            connection.InvokeAsync<object?>(OpsHubMethods.Join, group, TestContext.Current.CancellationToken));

        refused.Message.ShouldContain("Unknown group");
        refused.Message.Length.ShouldBeLessThan(500, "the refusal names the group, shortened, not the whole input");
        connection.State.ShouldBe(HubConnectionState.Connected, "a refused join leaves the connection usable");
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
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
