using Microsoft.Playwright;

namespace Philly311.Ops.EndToEnd.Tests;

/// <summary>
/// Debian's Chromium (test.sh installs it with apt), headless, as every browser test here starts it: Playwright downloads
/// nothing, and the flags let it run as root in a container with a small /dev/shm.
/// </summary>
public static class DebianChromium
{
    public const string Path = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = Path,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
    });
}
