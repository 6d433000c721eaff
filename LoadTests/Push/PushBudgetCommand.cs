using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Philly311.Ops.LoadTests.Hosting;
using Philly311.Ops.LoadTests.Providers;
using Philly311.Ops.LoadTests.Scenarios;
using Spectre.Console;

namespace Philly311.Ops.LoadTests.Push;

/// <summary>
/// <c>push-budget</c>: the DESIGN budget for a push — 12 items × 11 languages × 5 channels = 660 deliveries with the
/// simulator failing 20 % of sends: all final within 60 s, none doubled, matrix frames p99 ≤ 250 ms, ingest budgets
/// unchanged. Starts its own Redis, silo and dashboard (Release) and the simulator (in this process); runs a blizzard's
/// ingest without the push and then beside it; writes <c>reports/push-budget-*/report.md</c> and <c>summary.json</c>.
/// </summary>
internal static class PushBudgetCommand
{
    private const string LiveSecret = "load-live-secret-0123456789";
    private static readonly string[] Channels = ["sms", "app_push", "social", "web_banner", "email"];
    private static readonly string[] Finals = ["delivered", "failed_permanent", "cancelled"];

    public static async Task<int> RunAsync(PushBudgetOptions options, CancellationToken stop)
    {
        var scenario = ScenarioLoader.Load(options.Scenario, 1);
        var kneePlan = ScenarioLoader.Load("knee", 1).Knee ?? throw new InvalidOperationException("knee.yaml has no knee plan: it holds the ingest thresholds.");
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
        // One dashboard: the screens (push matrix subscriber, the scenario's readers) are its hub clients.
        await using var system = await SelfHostedSystem.StartAsync(s => AnsiConsole.WriteLine(s), new SystemShape(1, silo), stop);
        using var api = new HttpClient { BaseAddress = system.SiloUrl, Timeout = TimeSpan.FromSeconds(10) };
        api.DefaultRequestHeaders.Add("X-Api-Key", SelfHostedSystem.ApiKey);
        (await api.PostAsJsonAsync("/api/events", new { id = "budget", kind = "snow_emergency", name = "Push budget", start = DateTimeOffset.UtcNow }, stop)).EnsureSuccessStatusCode();

        await using var ingest = new IngestBeside(scenario, system.SiloUrl, SelfHostedSystem.ApiKey, system.DashboardUrl, SelfHostedSystem.Access, system.Watched);
        IngestPhase? without = null;
        if (options.Rate > 0)
        {
            await ingest.StartAsync(stop);
            AnsiConsole.WriteLine($"push-budget: {ingest.ReaderCount} readers; {options.Rate:N0}/s of the {scenario.Name} mix — warm-up {options.Warmup.TotalSeconds:F0} s, then {options.Baseline.TotalSeconds:F0} s without the push");
            if (options.Warmup > TimeSpan.Zero) await PhaseForAsync(ingest, "warm-up (not judged)", options.Rate, options.Warmup, stop);
            without = await PhaseForAsync(ingest, "without the push", options.Rate, options.Baseline, stop);
        }

        await using var screen = system.DashboardUrl is { } dashboard ? await MatrixSubscriber.ConnectAsync(dashboard, SelfHostedSystem.Access, stop) : null;
        using var pushRunning = new CancellationTokenSource();
        var beside = options.Rate > 0 ? ingest.RunAsync("with the push", options.Rate, pushRunning.Token, stop) : null;
        var clock = Stopwatch.StartNew();
        var pushed = await api.PostAsJsonAsync("/api/events/budget/pushes", new { items = PlaceholderLibrary.Items, languages = PlaceholderLibrary.Languages, channels = Channels }, stop);
        pushed.EnsureSuccessStatusCode();
        var pushId = JsonDocument.Parse(await pushed.Content.ReadAsStringAsync(stop)).RootElement.GetProperty("push_id").GetString()!;
        var matrixProblem = screen is null ? "the dashboard did not come up: " + system.DashboardProblem : null;
        try
        {
            if (screen is not null) await screen.JoinAsync(pushId, stop);
        }
        catch (Microsoft.AspNetCore.SignalR.HubException ex)
        {
            // A dashboard without push groups refuses the group: the run still measures the rest and says why this is missing.
            matrixProblem = "the hub refused group push:" + pushId + " (" + ex.Message + ")";
        }
        var watched = matrixProblem is null ? screen : null;
        JsonElement[] deliveries;
        TimeSpan? lastRead = null;
        while (true)
        {
            // The screen's frames say when the push is final at no cost to the silo; reading all 660 deliveries every 100 ms
            // was the tool's own load beside the ingest. Without a screen, and every 2 s as a safety net, the API is asked.
            if (watched?.Latest is { Total: > 0 } f && f.Final == f.Total) break;
            if (watched is null || lastRead is not { } read || clock.Elapsed - read >= TimeSpan.FromSeconds(2))
            {
                lastRead = clock.Elapsed;
                deliveries = (await api.GetFromJsonAsync<JsonElement[]>($"/api/pushes/{pushId}/deliveries", stop))!;
                if (deliveries.All(d => Finals.Contains(d.GetProperty("status").GetString()))) break;
            }
            if (clock.Elapsed > TimeSpan.FromMinutes(5)) break;
            await Task.Delay(watched is null ? 100 : 10, stop);
        }
        var allFinal = clock.Elapsed;
        deliveries = (await api.GetFromJsonAsync<JsonElement[]>($"/api/pushes/{pushId}/deliveries", stop))!;
        await pushRunning.CancelAsync();
        var with = beside is null ? null : await beside;

        var result = PushBudgetResult.From(pushId, deliveries, sim, allFinal, options) with
        {
            Matrix = matrixProblem is not null ? null : await MatrixAsync(screen!, sim, pushId, stop),
            MatrixProblem = matrixProblem,
            Ingest = without is null || with is null ? null : new IngestBesideResult(scenario.Name, options.Rate, Mix(ingest), ingest.ReaderCount, ingest.ReadersUnavailable,
                without, with, IngestVerdicts.Evaluate(without.Step, with.Step, kneePlan), ingest.Errors,
                [.. ingest.Availability.Where(a => !a.Value).Select(a => a.Key.ToString().ToLowerInvariant())]),
        };
        var folder = Path.Combine(options.ReportsDir, "push-budget-" + DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "report.md"), result.Markdown(), stop);
        await File.WriteAllTextAsync(Path.Combine(folder, "summary.json"), JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }), stop);
        AnsiConsole.WriteLine(result.Markdown());
        AnsiConsole.WriteLine("report: " + folder);
        try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        return result.Pass ? 0 : 1;
    }

    private static async Task<IngestPhase> PhaseForAsync(IngestBeside ingest, string name, double rate, TimeSpan during, CancellationToken stop)
    {
        using var over = new CancellationTokenSource(during);
        return await ingest.RunAsync(name, rate, over.Token, stop);
    }

    /// <summary>Waits (at most 5 s) until the screen shows the push final and the simulator has every callback's answer, then matches them.</summary>
    private static async Task<MatrixLatencyResult> MatrixAsync(MatrixSubscriber screen, ProviderSimulator sim, string pushId, CancellationToken stop)
    {
        var deadline = Stopwatch.GetTimestamp() + 5 * Stopwatch.Frequency;
        bool Mine(string key) => key.StartsWith(pushId + ":", StringComparison.Ordinal);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var latest = screen.Latest;
            var answered = sim.Ledger.Answers.Where(a => Mine(a.Key)).Select(a => a.Sequence ?? 0).DefaultIfEmpty(0).Max();
            if (latest is { } f && f.Total > 0 && f.Final == f.Total && f.Sequence >= answered) break;
            await Task.Delay(100, stop);
        }
        return MatrixLatency.Measure(sim.Ledger.Answers.Where(a => Mine(a.Key)), sim.Smtp.Acceptances.Where(e => Mine(e.MessageId)), screen.Frames);
    }

    private static string Mix(IngestBeside ingest)
    {
        var total = ingest.Mix.Sum(m => m.Weight);
        return string.Join(", ", ingest.Mix.Select(m => string.Format(CultureInfo.InvariantCulture, "{0} {1:P0}", m.Kind.ToString().ToLowerInvariant(), m.Weight / total)));
    }
}
