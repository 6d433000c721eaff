using Microsoft.Playwright;

namespace Philly311.Ops.EndToEnd.Tests;

/// <summary>
/// When an element first became visible, stamped by the page itself (a MutationObserver, with a 50 ms check as a fallback)
/// on the wall clock the test reads too. A timing promise measured with it ends when the screen changed, not when the test's
/// Expect next polled (Playwright polls at up to 1 s intervals) nor after a round trip to the browser.
/// </summary>
internal static class ShownAt
{
    private const string Watch = """
        selector => {
          const shown = window.__shownAt = window.__shownAt || {};
          delete shown[selector];
          const check = () => {
            if (shown[selector]) return;
            const e = document.querySelector(selector);
            if (e && getComputedStyle(e).display !== 'none' && getComputedStyle(e).visibility !== 'hidden' && e.getClientRects().length > 0) shown[selector] = Date.now();
          };
          new MutationObserver(check).observe(document.documentElement, { attributes: true, childList: true, subtree: true, characterData: true });
          setInterval(check, 50);
        }
        """;

    /// <summary>Starts watching <paramref name="selector"/>; call while it is hidden.</summary>
    public static Task WatchAsync(IPage page, string selector) => page.EvaluateAsync(Watch, selector);

    /// <summary>When the page saw <paramref name="selector"/> become visible; call after an Expect saw it visible.</summary>
    public static async Task<DateTimeOffset> ReadAsync(IPage page, string selector)
    {
        var at = await page.EvaluateAsync<double?>("selector => (window.__shownAt || {})[selector] ?? null", selector);
        return DateTimeOffset.FromUnixTimeMilliseconds((long)at.ShouldNotBeNull($"the page never stamped {selector} as shown"));
    }
}
