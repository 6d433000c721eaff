using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Dashboard.Access;
using Philly311.Ops.Dashboard.Tests.Hub;

namespace Philly311.Ops.Dashboard.Tests.Access;

/// <summary>Who reaches what, over real HTTP and real SignalR connections: roles, display tokens, the hub key.</summary>
[Collection(AccessCollection.Name)]
public sealed class AccessPolicyTests(HubHost host)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AnAnonymousHubNegotiateIs401AndAnAnonymousClientCannotConnectOrJoin()
    {
        using var anonymous = new SignInClient(host);

        var negotiate = await anonymous.Http.PostAsync(OpsGroups.HubPath + "/negotiate?negotiateVersion=1", null, TestContext.Current.CancellationToken);

        negotiate.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var refused = await Should.ThrowAsync<HttpRequestException>(() => host.ConnectAsync(_ => { }));
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var wrongKey = await Should.ThrowAsync<HttpRequestException>(() => host.ConnectAsync(o => o.AccessTokenProvider = () => Task.FromResult<string?>("not-a-key-at-all-0000")));
        wrongKey.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ASupervisorJoinsCityAndItsOwnDepartmentButNotAnother()
    {
        using var supervisor = await new SignInClient(host).SignedInAsync("streets");
        await using var hub = await host.ConnectAsync(o => o.Cookies = supervisor.Cookies);

        await hub.InvokeAsync<object?>(OpsHubMethods.Join, OpsGroups.City, TestContext.Current.CancellationToken);
        var own = await hub.InvokeAsync<CounterFrame?>(OpsHubMethods.Join, "dept:streets", TestContext.Current.CancellationToken);
        var other = await Should.ThrowAsync<HubException>(() => hub.InvokeAsync<object?>(OpsHubMethods.Join, "dept:water", TestContext.Current.CancellationToken));
        var hood = await Should.ThrowAsync<HubException>(() => hub.InvokeAsync<object?>(OpsHubMethods.Join, "hood:fishtown", TestContext.Current.CancellationToken));

        own.ShouldNotBeNull().Group.ShouldBe("dept:streets");
        other.Message.ShouldContain("Not allowed to join 'dept:water'");
        hood.Message.ShouldContain("Not allowed");
        host.Ledger.IsSubscribed("dept:water").ShouldBeFalse("a refused Join must not subscribe the process to the grain");
    }

    [Fact]
    public async Task ASupervisorJoinsEveryQueueGroupButNoPush()
    {
        using var supervisor = await new SignInClient(host).SignedInAsync("streets");
        await using var hub = await host.ConnectAsync(o => o.Cookies = supervisor.Cookies);

        var city = await hub.InvokeAsync<QueueFrame?>(OpsHubMethods.Join, QueueKeys.City, TestContext.Current.CancellationToken);
        var water = await hub.InvokeAsync<QueueFrame?>(OpsHubMethods.Join, "queue:water", TestContext.Current.CancellationToken);
        var push = await Should.ThrowAsync<HubException>(() => hub.InvokeAsync<object?>(OpsHubMethods.Join, "push:pa00000000002", TestContext.Current.CancellationToken));

        city.ShouldNotBeNull().Key.ShouldBe(QueueKeys.City);
        water.ShouldNotBeNull().Key.ShouldBe("queue:water", "queues are the contact center's, not another department's");
        push.Message.ShouldContain("Not allowed to join 'push:pa00000000002'");
    }

    [Fact]
    public async Task ADisplayTokenJoinsTheQueuesBesideItsGroupsButNoPushAndARevokedOneNothing()
    {
        const string token = "test-queues-token-0123456789";
        host.Reconfigure("Access:DisplayTokens:queuewall:Token", token);
        host.Reconfigure("Access:DisplayTokens:queuewall:Layout", "queues");
        using var display = new SignInClient(host);
        (await display.GetAsync("/wallboard/queues?token=" + token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var hub = await host.ConnectAsync(o => o.Cookies = display.Cookies);
        var access = host.Services.GetRequiredService<HubGroupAccess>();
        var principal = host.Services.GetRequiredService<DisplayTokens>().Authenticate(token).ShouldNotBeNull();

        var channel = await hub.InvokeAsync<QueueFrame?>(OpsHubMethods.Join, "queues:channel:phone", TestContext.Current.CancellationToken);
        var push = await Should.ThrowAsync<HubException>(() => hub.InvokeAsync<object?>(OpsHubMethods.Join, "push:pa00000000003", TestContext.Current.CancellationToken));
        var mayBefore = access.MayJoin(principal, "queue:general");
        host.Reconfigure("Access:DisplayTokens:queuewall:Revoked", "true");

        channel.ShouldNotBeNull().Key.ShouldBe("queues:channel:phone");
        push.Message.ShouldContain("Not allowed");
        mayBefore.ShouldBeTrue();
        access.MayJoin(principal, "queue:general").ShouldBeFalse("a revoked screen joins nothing, the queues included");
        access.MayJoin(principal, OpsGroups.City).ShouldBeFalse();
    }

    [Fact]
    public async Task ASupervisorOpensItsOwnDepartmentsDrillDownButNotAnothers()
    {
        using var supervisor = await new SignInClient(host).SignedInAsync("streets");

        (await supervisor.GetAsync("/departments/streets")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await supervisor.GetAsync("/departments/water")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ASupervisorOrADisplayTokenGets403OnALiaisonOnlyEndpoint()
    {
        using var supervisor = await new SignInClient(host).SignedInAsync("streets");
        using var display = new SignInClient(host);
        (await display.GetAsync("/wallboard/floor?token=" + HubHost.FloorToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var liaison = await new SignInClient(host).SignedInAsync("liaison");

        (await supervisor.GetAsync(SignInEndpoints.RecentAudit)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await display.GetAsync(SignInEndpoints.RecentAudit)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await liaison.GetAsync(SignInEndpoints.RecentAudit)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ADisplayTokenOpensOnlyItsOwnLayoutAndJoinsOnlyWhatItShows()
    {
        using var display = new SignInClient(host);

        var first = await display.GetAsync("/wallboard/floor?token=" + HubHost.FloorToken);
        var again = await display.GetAsync("/wallboard/floor");
        var otherLayout = await display.GetAsync("/wallboard/lobby");
        var page = await display.GetAsync("/departments/streets");
        await using var hub = await host.ConnectAsync(o => o.Cookies = display.Cookies);
        await hub.InvokeAsync<CityFrame?>(OpsHubMethods.Join, OpsGroups.City, TestContext.Current.CancellationToken);
        var department = await Should.ThrowAsync<HubException>(() => hub.InvokeAsync<object?>(OpsHubMethods.Join, "dept:streets", TestContext.Current.CancellationToken));

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        display.HasCookie(OpsAuthSchemes.DisplayCookie).ShouldBeTrue("the token is kept in a cookie of its own");
        again.StatusCode.ShouldBe(HttpStatusCode.OK, "the cookie alone opens the screen again");
        otherLayout.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        page.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        department.Message.ShouldContain("Not allowed");
        (await new SignInClient(host).GetAsync("/wallboard/floor?token=wrong-token-0123456789")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ARevokedDisplayTokenStopsWorkingWithoutARestart()
    {
        const string token = "test-revoked-token-0123456789";
        host.Reconfigure("Access:DisplayTokens:revoked:Token", token);
        host.Reconfigure("Access:DisplayTokens:revoked:Layout", "lobby");
        using var display = new SignInClient(host);
        (await display.GetAsync("/wallboard/lobby?token=" + token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var hub = await host.ConnectAsync(o => o.Cookies = display.Cookies);
        var closed = new TaskCompletionSource();
        hub.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        var circuit = new OpsAuthenticationStateProvider(host.Services.GetRequiredService<ILoggerFactory>(),
            host.Services.GetRequiredService<UserDirectory>(), host.Services.GetRequiredService<DisplayTokens>());
        var principal = host.Services.GetRequiredService<DisplayTokens>().Authenticate(token).ShouldNotBeNull();
        circuit.StillValid(principal).ShouldBeTrue();

        host.Reconfigure("Access:DisplayTokens:revoked:Revoked", "true");

        (await display.GetAsync("/wallboard/lobby")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await new SignInClient(host).GetAsync("/wallboard/lobby?token=" + token)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await closed.Task.WaitAsync(Deadline, TestContext.Current.CancellationToken);
        circuit.StillValid(principal).ShouldBeFalse("the open circuit's next re-check (every 2 s) drops the screen");
        hub.State.ShouldBe(HubConnectionState.Disconnected);
    }

    [Fact]
    public async Task AHubKeyReadsTheHubButOpensNoPage()
    {
        using var service = new SignInClient(host);
        service.Http.DefaultRequestHeaders.Authorization = new("Bearer", HubHost.HubKey);

        (await service.GetAsync("/wallboard/floor")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await service.GetAsync(SignInEndpoints.WhoAmI)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await using var hub = await host.ConnectAsync();
        (await hub.InvokeAsync<CounterFrame?>(OpsHubMethods.Join, "dept:water", TestContext.Current.CancellationToken)).ShouldNotBeNull();
        await hub.InvokeAsync(OpsHubMethods.Leave, "dept:water", TestContext.Current.CancellationToken);
    }
}
