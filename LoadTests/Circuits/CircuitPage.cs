using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Philly311.Ops.LoadTests.Circuits;

/// <summary>
/// What a series opens in every tab: its name in the report, the path shown there (no secret in it), how a tab gets
/// onto the page, and the selector that says the page shows Live.
/// </summary>
internal sealed record CircuitPage(string Series, string Shown, string LiveSelector, Func<IPage, Task> EnterAsync)
{
    /// <summary>The machine may be shared with builds: waiting long is cheaper than a run lost to one slow sign-in.</summary>
    private const float Slow = 120_000;

    /// <summary>The director's board <c>/</c>: sent to the sign-in form, name and password typed in, back on the board.</summary>
    public static CircuitPage Board(Uri dashboard, string user, string password) => new("board", "/", ".board-head .freshness-badge[data-state='Live']",
        async page =>
        {
            var root = dashboard.ToString().TrimEnd('/');
            await page.GotoAsync(root + "/");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/signin"), new() { Timeout = Slow });
            await page.Locator("#signin-name").FillAsync(user);
            await page.Locator("#signin-password").FillAsync(password);
            await page.Locator("#signin-submit").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(root + "/", new() { Timeout = Slow });
        });

    /// <summary>
    /// The floor under every page: a signed-in director on a page that is only the layout and one line (the queue page for
    /// a key that can't exist, which subscribes nothing), so the board's own cost is its slope minus this one.
    /// </summary>
    public static CircuitPage Floor(Uri dashboard, string user, string password) => new("floor", "/queues/- (layout only)", ".no-such-queue",
        async page =>
        {
            var root = dashboard.ToString().TrimEnd('/');
            await page.GotoAsync(root + "/queues/-");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/signin"), new() { Timeout = Slow });
            await page.Locator("#signin-name").FillAsync(user);
            await page.Locator("#signin-password").FillAsync(password);
            await page.Locator("#signin-submit").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(root + "/queues/-", new() { Timeout = Slow });
        });

    /// <summary>The default wallboard layout with a display token in the URL, once, as a lobby screen is set up.</summary>
    public static CircuitPage Wallboard(Uri dashboard, string displayToken) => new("wallboard", "/wallboard?token=…", ".wallboard[data-state='Live']",
        page => page.GotoAsync(dashboard.ToString().TrimEnd('/') + "/wallboard?token=" + Uri.EscapeDataString(displayToken)));
}
