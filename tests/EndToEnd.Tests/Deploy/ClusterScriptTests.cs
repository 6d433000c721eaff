using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Philly311.Ops.EndToEnd.Tests.Defaults;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.EndToEnd.Tests.Deploy;

/// <summary>deploy/local/cluster.sh as an operator runs it: up, status, an event in, down; nothing left running after.</summary>
[Collection(DefaultsCollection.Name)]
public sealed class ClusterScriptTests : IDisposable
{
    private static readonly string Script = Path.Combine(RepoRoot.Path, "deploy", "local", "cluster.sh");
    private static readonly string[] Names = ["redis", "silo-1", "silo-2", "dashboard-1"];

    private readonly string _runDir = Path.Combine(Path.GetTempPath(), "p311-cluster-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task UpStartsEveryProcessReadyStatusShowsThemAndDownStopsThemAll()
    {
        var up = await RunAsync("up", "--silos", "2", "--dashboards", "1");
        up.ExitCode.ShouldBe(0, up.Output);
        var pids = Names.ToDictionary(n => n, n => int.Parse(File.ReadAllText(Path.Combine(_runDir, n + ".pid")).Trim(), CultureInfo.InvariantCulture));
        pids.Values.ShouldAllBe(pid => IsRunning(pid));

        var status = await RunAsync("status");
        using var ingest = new HttpClient { BaseAddress = new Uri(File.ReadAllText(Path.Combine(_runDir, "silo-2.url")).Trim()) };
        ingest.DefaultRequestHeaders.Add("X-Api-Key", File.ReadAllText(Path.Combine(_runDir, "ingest-key")).Trim());
        using var accepted = await ingest.PostAsync("/api/requests", new StringContent(
            """{"service_request_id":"cluster-sh-1","requested_datetime":"2025-02-14T15:00:00+00:00"}""", Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        var down = await RunAsync("down");
        var after = await RunAsync("status");

        status.ExitCode.ShouldBe(0, status.Output);
        foreach (var name in Names)
        {
            var line = status.Output.Split('\n').Single(l => l.StartsWith(name + " ", StringComparison.Ordinal));
            line.ShouldContain($" {pids[name]} ");
            line.ShouldContain("running");
            line.ShouldEndWith(name == "redis" ? "PONG" : "200");
        }
        accepted.StatusCode.ShouldBe(HttpStatusCode.Accepted, "the run's own ingest key, in Production");
        down.ExitCode.ShouldBe(0, down.Output);
        down.Output.ShouldNotContain("SIGKILL", customMessage: "every process stopped on SIGTERM");
        foreach (var name in Names) down.Output.ShouldContain($"{name} (pid {pids[name]}) stopped after");
        pids.Values.ShouldAllBe(pid => !IsRunning(pid));
        after.ExitCode.ShouldNotBe(0);
        after.Output.ShouldContain("no cluster");
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Script);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.ArgumentList.Add("--run-dir");
        info.ArgumentList.Add(_runDir);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, await output + await errors);
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>A failed test must not leave its processes behind: kill what the run folder still names (only ours).</summary>
    public void Dispose()
    {
        foreach (var name in Names)
        {
            var file = Path.Combine(_runDir, name + ".pid");
            if (!File.Exists(file) || !int.TryParse(File.ReadAllText(file).Trim(), out var pid) || !IsRunning(pid)) continue;
            using var process = Process.GetProcessById(pid);
            process.Kill();
        }
        try { Directory.Delete(_runDir, recursive: true); }
        catch (IOException) { }
    }
}
