using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Philly311.Ops.EndToEnd.Tests;

/// <summary>
/// The director's screens in Debian's Chromium: the neighborhood map, the board's tables at desk and phone widths,
/// and the wallboard losing its feed (silo killed, then its own dashboard killed) and coming back by itself.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ScreenTests(RunningSystem system) : IAsyncLifetime
{
    // A point in Manayunk that no other test sends requests to, so its neighborhood starts at zero open.
    private const string Manayunk = "manayunk";
    private const double ManayunkLat = 40.02797;
    private const double ManayunkLong = -75.22506;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async ValueTask InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await DebianChromium.LaunchAsync(_playwright);
    }

    [Fact]
    public async Task TheMapDrawsEveryNeighborhoodRecolorsOneWhenARequestLandsInItAndDrillsIntoIt()
    {
        var page = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        await BoardPageTests.SignInAsync(page, system.DashboardUrl, "liaison");
        await Assertions.Expect(page.Locator(".board-head .freshness-badge[data-state='Live']")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var hood = page.Locator($"path.map-hood[data-hood='{Manayunk}']");

        (await page.Locator("path.map-hood").CountAsync()).ShouldBe(158);
        (await page.Locator("path.map-hood > title").CountAsync()).ShouldBe(158, "every shape names itself");
        // The shapes are shared markup; a circuit colors them with its own CSS rules, so the fill is the computed style.
        var before = await hood.EvaluateAsync<string>("e => getComputedStyle(e).fill");
        await page.EvaluateAsync("() => window.__sameDocument = true");

        using var ingest = system.CreateIngestClient();
        var request = HubTests.NewEvent("map", "Streets Department") with { Lat = ManayunkLat, Long = ManayunkLong };
        (await ingest.PostAsJsonAsync("/api/requests", request, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        await Assertions.Expect(hood).Not.ToHaveCSSAsync("fill", before);
        (await page.EvaluateAsync<bool>("() => window.__sameDocument === true")).ShouldBeTrue("pushed over the open circuit, not reloaded");

        await page.Locator($"a.map-link[href='neighborhoods/{Manayunk}']").DispatchEventAsync("click");
        await page.WaitForURLAsync($"**/neighborhoods/{Manayunk}");
        await Assertions.Expect(page.Locator(".board-title")).ToHaveTextAsync("Neighborhood: Manayunk");
        await Assertions.Expect(page.Locator("[data-kpi='Open now'] .kpi-value")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator(".board-head .freshness-badge[data-state='Live']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AtADeskNoColumnIsClippedAndOnAPhoneEveryNumberIsOnScreen()
    {
        // Idle rows are hidden: make sure there is a row to measure, whichever test ran first.
        using (var ingest = system.CreateIngestClient())
            (await ingest.PostAsJsonAsync("/api/requests", HubTests.NewEvent("widths", "Streets Department"), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var desk = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        await BoardPageTests.SignInAsync(desk, system.DashboardUrl, "liaison");
        await Assertions.Expect(desk.Locator(".counter-table tbody tr[data-key]").First).ToBeVisibleAsync(new() { Timeout = 20_000 });

        // A clipped cell is one whose content is wider than its box; a clipped table scrolls sideways.
        var clipped = await desk.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.counter-table th, .counter-table td, .table-scroll')]
                .filter(e => e.scrollWidth > e.clientWidth + 1)
                .map(e => e.closest('[data-table]').dataset.table + ': ' + e.textContent.trim())
            """);
        clipped.ShouldBeEmpty();

        var phone = await _browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 812 }, IsMobile = true, HasTouch = true });
        var page = await phone.NewPageAsync();
        await BoardPageTests.SignInAsync(page, system.DashboardUrl, "liaison");
        var row = page.Locator("[data-table='Departments'] tbody tr[data-key]").First;
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = 20_000 });

        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0, "no sideways page scroll");
        var cells = await row.EvaluateAsync<int>("r => r.querySelectorAll('td.num').length");
        var numbers = await row.EvaluateAsync<string[]>("""
            r => [...r.querySelectorAll('td.num')]
                .filter(td => td.getBoundingClientRect().right <= window.innerWidth && td.scrollWidth <= td.clientWidth + 1)
                .map(td => td.textContent.trim())
            """);
        // Received today, open, closed today and all time — and breached once the breach feed has a frame.
        cells.ShouldBeGreaterThanOrEqualTo(4);
        numbers.Length.ShouldBe(cells, "every number of the row whole on screen");
        numbers.ShouldAllBe(n => n.Length > 0 && char.IsDigit(n[0]));
        await phone.CloseAsync();
    }

    [Fact]
    public async Task TheWallboardSaysStaleWithinFiveSecondsOfLosingItsFeedAndRecoversByItself()
    {
        var page = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 } });
        await page.GotoAsync(system.DashboardUrl + "/wallboard?token=" + RunningSystem.WallboardToken);
        var board = page.Locator(".wallboard");
        var banner = page.Locator(".wallboard-stale-banner");
        await Assertions.Expect(board).ToHaveAttributeAsync("data-state", "Live", new() { Timeout = 20_000 });
        await Assertions.Expect(banner).ToBeHiddenAsync();
        (await page.Locator("nav, .mud-appbar").CountAsync()).ShouldBe(0, "no navigation on a TV");

        // From the kill to the page's own stamp of the banner showing: not to when Expect next polled.
        await ShownAt.WatchAsync(page, ".wallboard-stale-banner");
        var killedAt = DateTimeOffset.UtcNow;
        await system.KillSiloAsync();
        await Assertions.Expect(banner).ToBeVisibleAsync(new() { Timeout = 10_000 });
        var lost = await ShownAt.ReadAsync(page, ".wallboard-stale-banner") - killedAt;
        TestContext.Current.TestOutputHelper?.WriteLine($"silo killed → STALE on the wallboard in {lost.TotalSeconds:0.00} s");
        lost.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        await Assertions.Expect(banner).ToContainTextAsync("STALE — last update ");
        (await page.Locator(".wallboard-main").EvaluateAsync<double>("e => +getComputedStyle(e).opacity")).ShouldBeLessThan(0.5, "the numbers are dimmed");

        await system.StartSiloAsync();
        await Assertions.Expect(banner).ToBeHiddenAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(board).ToHaveAttributeAsync("data-state", "Live");
    }

    [Fact]
    public async Task AWallboardWhoseDashboardDiesSaysStaleAndComesBackAfterTheRestart()
    {
        var dashboard = await system.StartAnotherDashboardAsync();
        var page = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 } });
        await page.GotoAsync(dashboard + "/wallboard?token=" + RunningSystem.WallboardToken);
        var banner = page.Locator(".wallboard-stale-banner");
        await Assertions.Expect(page.Locator(".wallboard")).ToHaveAttributeAsync("data-state", "Live", new() { Timeout = 20_000 });

        await ShownAt.WatchAsync(page, ".wallboard-stale-banner");
        var killedAt = DateTimeOffset.UtcNow;
        await system.KillDashboardAsync(dashboard);
        // Nothing reaches the page now: the browser's own watchdog (ReconnectModal.razor.js) must say it.
        await Assertions.Expect(banner).ToBeVisibleAsync(new() { Timeout = 10_000 });
        var lost = await ShownAt.ReadAsync(page, ".wallboard-stale-banner") - killedAt;
        TestContext.Current.TestOutputHelper?.WriteLine($"dashboard killed → STALE in the browser in {lost.TotalSeconds:0.00} s");
        lost.ShouldBeLessThan(TimeSpan.FromSeconds(5));

        await system.RestartDashboardAsync(dashboard);
        var back = Stopwatch.StartNew();
        await Assertions.Expect(banner).ToBeHiddenAsync(new() { Timeout = 30_000 });
        TestContext.Current.TestOutputHelper?.WriteLine($"dashboard ready again → wallboard live in {back.Elapsed.TotalSeconds:0.0} s");
        await Assertions.Expect(page.Locator(".wallboard")).ToHaveAttributeAsync("data-state", "Live");
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
