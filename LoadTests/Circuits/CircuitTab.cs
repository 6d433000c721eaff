using Microsoft.Playwright;

namespace Philly311.Ops.LoadTests.Circuits;

/// <summary>
/// One browser tab in a browser context of its own (own cookies, so its own sign-in and its own Blazor circuit), and the
/// circuit's WebSocket to <c>/_blazor</c>: frames received on it prove the circuit is up, not just a prerendered page.
/// </summary>
internal sealed class CircuitTab(IBrowserContext context, IPage page)
{
    private int _circuitFrames;
    private bool _circuitClosed;

    public IPage Page { get; } = page;

    public int CircuitFrames => Volatile.Read(ref _circuitFrames);

    public static async Task<CircuitTab> OpenAsync(IBrowser browser, TimeSpan timeout)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        context.SetDefaultTimeout((float)timeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)timeout.TotalMilliseconds);
        var page = await context.NewPageAsync();
        var tab = new CircuitTab(context, page);
        page.WebSocket += (_, socket) =>
        {
            if (!socket.Url.Contains("/_blazor", StringComparison.Ordinal)) return;
            socket.FrameReceived += (_, _) => Interlocked.Increment(ref tab._circuitFrames);
            socket.Close += (_, _) => tab._circuitClosed = true;
        };
        return tab;
    }

    /// <summary>Waits until <paramref name="live"/> is visible and the circuit's socket has carried frames.</summary>
    public async Task WaitLiveAsync(string live, TimeSpan timeout)
    {
        await Assertions.Expect(Page.Locator(live)).ToBeVisibleAsync(new() { Timeout = (float)timeout.TotalMilliseconds });
        var until = DateTime.UtcNow + timeout;
        while (CircuitFrames < 2 || _circuitClosed)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"{Page.Url}: Live, but no open Blazor circuit socket with frames.");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Leaves the page as a user closing the tab does: the unload lets blazor.web.js tell the server the circuit is done
    /// (its disconnect beacon), then the context goes.
    /// </summary>
    public async Task CloseAsync()
    {
        try { await Page.GotoAsync("about:blank", new() { Timeout = 10_000 }); }
        catch (PlaywrightException) { }
        await context.CloseAsync();
    }
}
