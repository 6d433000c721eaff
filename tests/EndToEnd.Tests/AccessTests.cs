using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using Philly311.Ops.Contracts.Hub;

namespace Philly311.Ops.EndToEnd.Tests;

/// <summary>The dashboard process in Production as a stranger, a supervisor and a wallboard meet it.</summary>
[Collection(SystemCollection.Name)]
public sealed class AccessTests(RunningSystem system) : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async ValueTask InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await DebianChromium.LaunchAsync(_playwright);
    }

    [Fact]
    public async Task AnAnonymousBrowserIsSentToSignInAndAnAnonymousHubClientGets401()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(system.DashboardUrl) };
        using var page = new HttpRequestMessage(HttpMethod.Get, "/");
        page.Headers.Accept.ParseAdd("text/html");

        var board = await http.SendAsync(page, TestContext.Current.CancellationToken);
        var negotiate = await http.PostAsync(OpsGroups.HubPath + "/negotiate?negotiateVersion=1", null, TestContext.Current.CancellationToken);
        var anonymous = new HubConnectionBuilder().WithUrl(system.DashboardUrl + OpsGroups.HubPath).Build();
        var refused = await Should.ThrowAsync<HttpRequestException>(() => anonymous.StartAsync(TestContext.Current.CancellationToken));
        var health = await http.GetAsync("/healthz", TestContext.Current.CancellationToken);

        board.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        board.Headers.Location!.ToString().ShouldContain("/signin?returnUrl=%2F");
        negotiate.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        health.StatusCode.ShouldBe(HttpStatusCode.OK, "health endpoints stay anonymous for the load balancer");
        await anonymous.DisposeAsync();
    }

    [Fact]
    public async Task ASupervisorIsRefusedTheLiaisonOnlyAuditPage()
    {
        var page = await _browser!.NewPageAsync();
        await BoardPageTests.SignInAsync(page, system.DashboardUrl, "streets");

        await page.GotoAsync(system.DashboardUrl + "/access/audit");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/access/denied"));
        await Assertions.Expect(page.Locator("[data-testid='access-refused']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AWallboardOpensWithItsDisplayTokenAndNotWithout()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(system.DashboardUrl) };
        (await http.GetAsync("/wallboard", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await _browser!.NewPageAsync();

        await page.GotoAsync(system.DashboardUrl + "/wallboard?token=" + RunningSystem.WallboardToken);

        try { await Assertions.Expect(page.Locator(".wallboard[data-state='Live']")).ToBeVisibleAsync(new() { Timeout = 20_000 }); }
        catch { throw new InvalidOperationException(page.Url + "\n" + await page.ContentAsync() + "\n" + system.Logs[^3000..]); }
        (await page.Context.CookiesAsync()).ShouldContain(c => c.Name == ".p311.display");
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
