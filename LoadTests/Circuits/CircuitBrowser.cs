using Microsoft.Playwright;

namespace Philly311.Ops.LoadTests.Circuits;

/// <summary>
/// Debian's headless Chromium driven by Playwright, holding the open tabs of a series. Board tabs sign in through the
/// real form as a director; wallboard tabs carry the display token once, as a screen does.
/// </summary>
internal sealed class CircuitBrowser : IAsyncDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const int MaxAttempts = 3;
    private static readonly TimeSpan LiveTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan ActionTimeout = TimeSpan.FromSeconds(120);

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<CircuitTab> _tabs = [];

    private CircuitBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public int Open => _tabs.Count;

    public static async Task<CircuitBrowser> StartAsync()
    {
        if (!File.Exists(ChromiumPath)) throw new InvalidOperationException($"{ChromiumPath} is missing (apt-get install chromium).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
        });
        return new CircuitBrowser(playwright, browser);
    }

    /// <summary>Opens tabs until <paramref name="count"/> are open, a few at a time; each is Live before this returns.</summary>
    public async Task OpenUntilAsync(int count, CircuitPage page, CancellationToken stop)
    {
        const int AtOnce = 2;
        while (_tabs.Count < count)
        {
            stop.ThrowIfCancellationRequested();
            var batch = await Task.WhenAll(Enumerable.Range(0, Math.Min(AtOnce, count - _tabs.Count)).Select(_ => OpenOneAsync(page)));
            _tabs.AddRange(batch);
        }
    }

    /// <summary>
    /// A tab that does not come up (the machine is shared; a navigation can time out under load) is closed and opened
    /// again, twice at most: a tab half-open would hold a circuit the step does not count.
    /// </summary>
    private async Task<CircuitTab> OpenOneAsync(CircuitPage page)
    {
        for (var attempt = 1; ; attempt++)
        {
            var tab = await CircuitTab.OpenAsync(_browser, ActionTimeout);
            try
            {
                await page.EnterAsync(tab.Page);
                await tab.WaitLiveAsync(page.LiveSelector, LiveTimeout);
                return tab;
            }
            catch (Exception ex) when (attempt < MaxAttempts && ex is PlaywrightException or TimeoutException)
            {
                await tab.CloseAsync();
            }
        }
    }

    public async Task CloseAllAsync()
    {
        await Task.WhenAll(_tabs.Select(t => t.CloseAsync()));
        _tabs.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
