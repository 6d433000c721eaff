using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;

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
        await Assertions.Expect(total).ToBeVisibleAsync();
        var before = Number(await total.InnerTextAsync());
        // A marker that a reload would wipe: the change must arrive over the open circuit.
        await page.EvaluateAsync("() => window.__sameDocument = true");

        using var ingest = system.CreateIngestClient();
        var response = await ingest.PostAsJsonAsync("/api/requests", HubTests.NewEvent("browser", "Streets Department"), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);

        await Assertions.Expect(total).Not.ToHaveTextAsync(before.ToString("N0", CultureInfo.InvariantCulture), new() { Timeout = 5_000 });
        Number(await total.InnerTextAsync()).ShouldBeGreaterThan(before);
        (await page.EvaluateAsync<bool>("() => window.__sameDocument === true")).ShouldBeTrue("the page must not have reloaded");
        (await page.Locator(".board-head .freshness-badge").GetAttributeAsync("data-state")).ShouldBe("Live");
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

    private static long Number(string text) => long.Parse(text.Trim(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
