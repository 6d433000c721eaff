using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Philly311.Ops.LoadTests.Hosting;
using Philly311.Ops.LoadTests.Providers;
using Spectre.Console;

namespace Philly311.Ops.LoadTests.Push;

/// <summary>
/// <c>push-budget</c>: the DESIGN budget for a push — 12 items × 11 languages × 5 channels = 660 deliveries with the
/// simulator failing 20 % of sends: all final within 60 s, none doubled. Starts its own Redis and silo (Release) and the
/// simulator; writes <c>reports/push-budget-*/report.md</c> and <c>summary.json</c>.
/// </summary>
internal static class PushBudgetCommand
{
    private const string LiveSecret = "load-live-secret-0123456789";
    private static readonly string[] Channels = ["sms", "app_push", "social", "web_banner", "email"];

    public static async Task<int> RunAsync(PushBudgetOptions options, CancellationToken stop)
    {
        var work = Path.Combine(Path.GetTempPath(), "p311-push-" + Guid.NewGuid().ToString("N")[..8]);
        var library = PlaceholderLibrary.Write(Path.Combine(work, "faq"));
        await using var sim = await ProviderSimulator.StartAsync(new ProviderSimOptions(0, 0, options.Latency, options.FailureRate, TimeSpan.FromMilliseconds(100),
            new Dictionary<string, string> { ["live"] = LiveSecret, ["sandbox"] = LiveSecret + "-sandbox" }));
        string[] silo =
        [
            $"--Faq:ContentPath={library}",
            $"--Channels:Providers:sim:Url={sim.Url}/live", $"--Channels:Providers:sim:Secret={LiveSecret}",
            "--Channels:Providers:mail:Kind=Smtp", "--Channels:Providers:mail:Host=127.0.0.1", $"--Channels:Providers:mail:Port={sim.Smtp.Port}",
            "--Channels:Providers:mail:From=alerts@example.org", "--Channels:Providers:mail:To=list@example.org",
            "--Channels:Live:Sms=sim", "--Channels:Live:AppPush=sim", "--Channels:Live:Social=sim", "--Channels:Live:WebBanner=sim", "--Channels:Live:Email=mail",
        ];
        await using var system = await SelfHostedSystem.StartAsync(s => AnsiConsole.WriteLine(s), new SystemShape(0, silo), stop);
        using var api = new HttpClient { BaseAddress = system.SiloUrl, Timeout = TimeSpan.FromSeconds(10) };
        api.DefaultRequestHeaders.Add("X-Api-Key", SelfHostedSystem.ApiKey);

        (await api.PostAsJsonAsync("/api/events", new { id = "budget", kind = "snow_emergency", name = "Push budget", start = DateTimeOffset.UtcNow }, stop)).EnsureSuccessStatusCode();
        var clock = Stopwatch.StartNew();
        var pushed = await api.PostAsJsonAsync("/api/events/budget/pushes", new { items = PlaceholderLibrary.Items, languages = PlaceholderLibrary.Languages, channels = Channels }, stop);
        pushed.EnsureSuccessStatusCode();
        var pushId = JsonDocument.Parse(await pushed.Content.ReadAsStringAsync(stop)).RootElement.GetProperty("push_id").GetString()!;
        JsonElement[] deliveries;
        var finals = new[] { "delivered", "failed_permanent", "cancelled" };
        while (true)
        {
            deliveries = (await api.GetFromJsonAsync<JsonElement[]>($"/api/pushes/{pushId}/deliveries", stop))!;
            if (deliveries.All(d => finals.Contains(d.GetProperty("status").GetString()))) break;
            if (clock.Elapsed > TimeSpan.FromMinutes(5)) break;
            await Task.Delay(100, stop);
        }
        var allFinal = clock.Elapsed;
        var result = PushBudgetResult.From(pushId, deliveries, sim, allFinal, options);
        var folder = Path.Combine(options.ReportsDir, "push-budget-" + DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "report.md"), result.Markdown(), stop);
        await File.WriteAllTextAsync(Path.Combine(folder, "summary.json"), JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }), stop);
        AnsiConsole.WriteLine(result.Markdown());
        AnsiConsole.WriteLine("report: " + folder);
        try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        return result.Pass ? 0 : 1;
    }
}
