using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;
using Philly311.Ops.Dashboard.Security;

namespace Philly311.Ops.Dashboard.Tests.Security;

/// <summary>One client over its hub connection cap is closed with the reason, logged once at Warning without a stack trace; closing one makes room.</summary>
public sealed class HubConnectionCapTests(CappedHubHost host) : IClassFixture<CappedHubHost>
{
    private const string Client = "address:127.0.0.1";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AConnectionOverTheCapIsClosedWithTheReasonAndLoggedOnceAtWarning()
    {
        await using var first = host.NewConnection();
        await using var second = host.NewConnection();
        await first.StartAsync(TestContext.Current.CancellationToken);
        await second.StartAsync(TestContext.Current.CancellationToken);
        // StartAsync ends with the handshake; OnConnected (where the place is taken) runs just after.
        await Until(() => host.ConnectionCap.OpenFor(Client) == CappedHubHost.Cap);

        var refusal = await RefusedAsync();
        var again = await RefusedAsync();

        refusal.ShouldContain($"Too many hub connections from this client: at most {CappedHubHost.Cap}");
        again.ShouldContain("Too many hub connections");
        host.ConnectionCap.OpenFor(Client).ShouldBe(CappedHubHost.Cap, "a refused connection takes no place");
        var warned = host.Logs.Entries.Where(e => e.Message.Contains("Refused hub connection", StringComparison.Ordinal)).ToList();
        warned.ShouldHaveSingleItem().Level.ShouldBe(LogLevel.Warning);
        warned[0].Exception.ShouldBeNull();
        host.Logs.Entries.ShouldNotContain(e => e.Level >= LogLevel.Error, "SignalR's Error with a stack trace for the refusal is silenced");

        await second.StopAsync(TestContext.Current.CancellationToken);
        await Until(() => host.ConnectionCap.OpenFor(Client) == CappedHubHost.Cap - 1);
        await using var third = host.NewConnection();
        await third.StartAsync(TestContext.Current.CancellationToken);
        // Not a fixed pause before looking: a refusal could come later than any pause on a loaded machine. The place taken
        // in OnConnected is what a refusal never takes, so waiting for it proves the third connection was let in.
        await Until(() => host.ConnectionCap.OpenFor(Client) == CappedHubHost.Cap);
        third.State.ShouldBe(HubConnectionState.Connected, "the closed connection gave its place back");
    }

    [Fact]
    public void AZeroCapFailsValidationNamingTheSetting()
    {
        var result = new DashboardSecurityOptionsValidator().Validate(null, new DashboardSecurityOptions { MaxHubConnectionsPerClient = 0 });

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain("DashboardSecurity:MaxHubConnectionsPerClient must be positive");
    }

    /// <summary>Opens one connection too many; answers the reason it was closed with (StartAsync may finish before the close arrives, or fail with it).</summary>
    private async Task<string> RefusedAsync()
    {
        await using var extra = host.NewConnection();
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        extra.Closed += error =>
        {
            closed.TrySetResult(error);
            return Task.CompletedTask;
        };
        try
        {
            await extra.StartAsync(TestContext.Current.CancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ex.Message;
        }
        var reason = await closed.Task.WaitAsync(Deadline, TestContext.Current.CancellationToken);
        return reason.ShouldNotBeNull("closed with a reason").Message;
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new ShouldAssertException("condition not met within the deadline");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
