extern alias loadtests;

using System.Text.Json;
using System.Text.RegularExpressions;
using loadtests::Philly311.Ops.LoadTests.Providers;
using Microsoft.Playwright;

namespace Philly311.Ops.EndToEnd.Tests.Push;

/// <summary>
/// The liaison's whole flow in a real browser against real processes: sign in through the form, declare a snow emergency,
/// push two FAQ items in English and Spanish to SMS and the web banner, and watch the push page's matrix turn delivered
/// over the open circuit as the provider simulator calls back with signed statuses.
/// </summary>
public sealed partial class LiaisonPushFlowTests : IAsyncLifetime
{
    private const string LiveSecret = "e2e-flow-live-secret-0123456789";
    private const string SandboxSecret = "e2e-flow-sandbox-secret-0123456789";
    private static readonly string[] Items = ["parking-routes", "trash-delays"];
    private static readonly string[] Languages = ["en", "es"];
    private static readonly string[] Channels = ["Sms", "WebBanner"];

    private ProviderSimulator _sim = null!;
    private RunningSystem _system = null!;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async ValueTask InitializeAsync()
    {
        // The test holds the callbacks until the push page is up (ProviderSimulator.Callbacks), so what turns delivered on
        // it arrives live, not with the first render, however long the page takes on a loaded machine.
        _sim = await ProviderSimulator.StartAsync(new ProviderSimOptions(0, 0, TimeSpan.FromMilliseconds(20), 0, TimeSpan.FromMilliseconds(100),
            new Dictionary<string, string> { ["live"] = LiveSecret, ["sandbox"] = SandboxSecret }));
        _system = new RunningSystem
        {
            SiloSettings =
            [
                $"--Channels:Providers:sim:Url={_sim.Url}/live", $"--Channels:Providers:sim:Secret={LiveSecret}",
                $"--Channels:Providers:box:Url={_sim.Url}/sandbox", $"--Channels:Providers:box:Secret={SandboxSecret}", "--Channels:Providers:box:Sandbox=true",
                "--Channels:Live:Sms=sim", "--Channels:Live:WebBanner=sim",
                "--Channels:Exercise:Sms=box", "--Channels:Exercise:WebBanner=box",
            ],
        };
        await _system.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await DebianChromium.LaunchAsync(_playwright);
    }

    [Fact]
    public async Task ALiaisonDeclaresASnowEmergencyPushesTwoItemsInTwoLanguagesAndWatchesTheMatrixTurnDelivered()
    {
        var context = await _browser!.NewContextAsync();
        var page = await context.NewPageAsync();
        var url = _system.DashboardUrl;
        await BoardPageTests.SignInAsync(page, url, "liaison");

        // Declare: a real event (not an exercise), so the live routes to the simulator's /live account are used.
        await page.GotoAsync(url + "/events");
        // The form stays disabled until the circuit is interactive (typing into the prerendered page would be lost).
        await Assertions.Expect(page.GetByTestId("declare-name")).ToBeEnabledAsync(new() { Timeout = 20_000 });
        var name = "Flow test snow " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByTestId("declare-kind").SelectOptionAsync("SnowEmergency");
        await page.GetByTestId("declare-name").FillAsync(name);
        await page.GetByTestId("declare-exercise").SetCheckedAsync(false);
        await page.GetByTestId("declare-submit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(EventUrl());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name + " (SnowEmergency, Active)" })).ToBeVisibleAsync();
        var eventId = new Uri(page.Url).Segments[^1];

        await Assertions.Expect(page.GetByTestId("push-submit")).ToBeEnabledAsync(new() { Timeout = 20_000 });
        // Push: exactly two items × en, es × SMS, web banner, whatever the form preselects.
        foreach (var item in Items) await page.GetByTestId("push-item-" + item).SetCheckedAsync(true);
        await SelectOnlyAsync(page, "push-language-", Languages);
        await SelectOnlyAsync(page, "push-channel-", Channels);
        _sim.Callbacks.Hold();
        await page.GetByTestId("push-submit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(PushUrl());

        // A marker that a reload would wipe: every change from here on must arrive over the open circuit.
        await page.EvaluateAsync("() => window.__sameDocument = true");
        var totals = page.GetByTestId("push-totals");
        const int expected = 2 * 2 * 2;
        await Assertions.Expect(totals).ToHaveAttributeAsync("data-total", expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var deliveredAtFirst = int.Parse((await totals.GetAttributeAsync("data-delivered"))!, System.Globalization.CultureInfo.InvariantCulture);
        deliveredAtFirst.ShouldBe(0, "no provider has called back yet, so nothing may show as delivered");
        _sim.Callbacks.Release();

        var matrix = page.Locator("table.push-matrix");
        await Assertions.Expect(matrix.Locator("td.cell-done")).ToHaveCountAsync(Languages.Length * Channels.Length, new() { Timeout = 30_000 });
        await Assertions.Expect(totals).ToHaveAttributeAsync("data-delivered", expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await totals.GetAttributeAsync("data-failed")).ShouldBe("0");
        (await totals.GetAttributeAsync("data-final")).ShouldBe(expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var language in Languages)
        {
            foreach (var channel in Channels)
            {
                var cell = matrix.Locator($"tr[data-language={language}] td[data-channel={channel}]");
                (await cell.Locator(".delivered").InnerTextAsync()).Trim().ShouldBe("2/2", $"{language} × {channel}");
                (await cell.Locator(".failed").CountAsync()).ShouldBe(0, $"{language} × {channel}");
            }
        }
        (await page.EvaluateAsync<bool>("() => window.__sameDocument === true")).ShouldBeTrue("the matrix must turn delivered without a reload");
        _sim.Ledger.Messages.Count.ShouldBe(expected, "the simulator took each message once");
        _sim.Ledger.Messages.Select(m => m.Key).Distinct().Count().ShouldBe(expected);

        // Back on the event page: a deflection chart per pushed topic (parking, trash), the push marked, the calls in words.
        await page.GotoAsync(url + "/events/" + eventId);
        var charts = page.Locator("figure.deflection-chart");
        await Assertions.Expect(charts).ToHaveCountAsync(Items.Length);
        await Assertions.Expect(page.Locator("figure.deflection-chart svg.deflection-svg line.deflection-push")).ToHaveCountAsync(Items.Length);
        (await page.GetByTestId("deflection-words-calls").AllInnerTextsAsync()).ShouldAllBe(w => w.StartsWith("calls about ") && w.Contains("queue streets-sanitation"));

        // The audit trail names the liaison for both actions, read with the browser's own sign-in cookie.
        var response = await context.APIRequest.GetAsync(url + "/access/audit/recent");
        response.Status.ShouldBe(200);
        var audit = JsonDocument.Parse(await response.TextAsync()).RootElement.EnumerateArray()
            .Select(e => (Actor: e.GetProperty("actor").GetString(), Action: e.GetProperty("action").GetString(), Detail: e.GetProperty("detail").GetString() ?? ""))
            .ToArray();
        audit.ShouldContain(e => e.Actor == "liaison" && e.Action == "event.declare" && e.Detail.Contains(eventId));
        audit.ShouldContain(e => e.Actor == "liaison" && e.Action == "push.start" && e.Detail.Contains(eventId));
        await context.CloseAsync();
    }

    /// <summary>Checks the boxes of <paramref name="wanted"/> and clears every other box of that group.</summary>
    private static async Task SelectOnlyAsync(IPage page, string prefix, string[] wanted)
    {
        var boxes = page.Locator($"[data-testid^='{prefix}']");
        for (var i = 0; i < await boxes.CountAsync(); i++)
        {
            var box = boxes.Nth(i);
            var id = (await box.GetAttributeAsync("data-testid"))![prefix.Length..];
            await box.SetCheckedAsync(wanted.Contains(id));
        }
    }

    [GeneratedRegex("/events/[^/]+$")]
    private static partial Regex EventUrl();

    [GeneratedRegex("/pushes/[^/]+$")]
    private static partial Regex PushUrl();

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await _system.DisposeAsync();
        await _sim.DisposeAsync();
    }
}
