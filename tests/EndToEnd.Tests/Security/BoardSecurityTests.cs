using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Philly311.Ops.EndToEnd.Tests.Security;

/// <summary>
/// The board under its security headers in a real browser: the CSP allows what Blazor Server and MudBlazor need (the
/// page renders and goes Live over its WebSocket) and nothing reports a violation.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class BoardSecurityTests(RunningSystem system) : IAsyncLifetime
{

    // Runs before any script of the page, so a blocked import map or script is caught too.
    private const string RecordViolations =
        "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    [Fact]
    public async Task TheBoardGoesLiveUnderItsSecurityHeadersWithoutACspViolation()
    {
        var page = await _browser!.NewPageAsync();
        ConcurrentQueue<string> console = new();
        page.Console += (_, message) =>
        {
            // The board ships no favicon; the browser's own request for one is not the page's doing.
            if (message.Location.Contains("favicon.ico", StringComparison.Ordinal)) return;
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || message.Text.Contains("Permissions-Policy", StringComparison.OrdinalIgnoreCase))
                console.Enqueue($"{message.Type}: {message.Text} ({message.Location})");
        };
        await page.AddInitScriptAsync(RecordViolations);

        await BoardPageTests.SignInAsync(page, system.DashboardUrl, "liaison");
        var response = await page.GotoAsync(system.DashboardUrl + "/");

        var headers = await response!.AllHeadersAsync();
        headers["content-security-policy"].ShouldStartWith("script-src 'self' 'sha256-");
        headers["content-security-policy"].ShouldContain("frame-ancestors 'none'");
        headers["content-security-policy"].ShouldContain("connect-src 'self'");
        headers["x-content-type-options"].ShouldBe("nosniff");
        headers["referrer-policy"].ShouldBe("no-referrer");
        headers["permissions-policy"].ShouldContain("camera=()");
        (await page.Locator("script[type='importmap']").CountAsync()).ShouldBe(1, "the one inline script, allowed by its hash");
        await Assertions.Expect(page.Locator(".board-head .freshness-badge[data-state='Live']")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-kpi='Received all time'] .kpi-value")).ToBeVisibleAsync();
        (await page.EvaluateAsync<string[]>("() => window.__cspViolations")).ShouldBeEmpty();
        console.ShouldBeEmpty();
    }

    public async ValueTask InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await DebianChromium.LaunchAsync(_playwright);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
