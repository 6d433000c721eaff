using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Philly311.Ops.Contracts.Board;

namespace Philly311.Ops.EndToEnd.Tests;

/// <summary>
/// The operations director's view in a real browser (Debian's Chromium): a liaison signs in through the real form,
/// the board comes up live, and an acknowledged request shows on the open page without a reload.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class BoardPageTests(RunningSystem system) : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async ValueTask InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await DebianChromium.LaunchAsync(_playwright);
    }

    [Fact]
    public async Task AnAcknowledgedRequestAppearsOnTheOpenBoardWithoutAReload()
    {
        var page = await _browser!.NewPageAsync();
        await SignInAsync(page, system.DashboardUrl, "liaison");
        var total = page.Locator("[data-kpi='Received all time'] .kpi-value");
        await Assertions.Expect(page.Locator(".board-head .freshness-badge[data-state='Live']")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        // The collection's other tests post requests too, and the last of theirs may still be on its way to this page:
        // wait until the page shows every request Redis holds, so the change below can only be this test's request.
        using var ingest = system.CreateIngestClient();
        var stored = (await ingest.GetFromJsonAsync<BoardSnapshot>("/api/snapshot", TestContext.Current.CancellationToken))!.City.Received;
        await Assertions.Expect(total).ToHaveTextAsync(Shown(stored));
        // A marker that a reload would wipe: the change must arrive over the open circuit.
        await page.EvaluateAsync("() => window.__sameDocument = true");

        var response = await ingest.PostAsJsonAsync("/api/requests", HubTests.NewEvent("browser", "Streets Department"), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);

        await Assertions.Expect(total).ToHaveTextAsync(Shown(stored + 1));
        (await page.EvaluateAsync<bool>("() => window.__sameDocument === true")).ShouldBeTrue("the page must not have reloaded");
        await Assertions.Expect(page.Locator(".board-head .freshness-badge")).ToHaveAttributeAsync("data-state", "Live");
    }

    [Fact]
    public async Task OnAPhoneTheBoardFitsTheScreenWidth()
    {
        var context = await _browser!.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        await SignInAsync(page, system.DashboardUrl, "liaison");
        await Assertions.Expect(page.Locator("[data-kpi='Received today']")).ToBeVisibleAsync(new() { Timeout = 20_000 });

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.ShouldBeLessThanOrEqualTo(0, "no sideways scrolling on a phone");
        await context.CloseAsync();
    }

    /// <summary>Opens the board, is sent to the sign-in page, types name and password into its form and lands on the board.</summary>
    internal static async Task SignInAsync(IPage page, string dashboardUrl, string name)
    {
        await page.GotoAsync(dashboardUrl + "/");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin"));
        await page.Locator("#signin-name").FillAsync(name);
        await page.Locator("#signin-password").FillAsync(RunningSystem.Password);
        await page.Locator("#signin-submit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(dashboardUrl + "/");
    }

    /// <summary>A count as the KPI tile writes it (1,234).</summary>
    private static string Shown(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
