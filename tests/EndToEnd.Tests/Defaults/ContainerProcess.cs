using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.EndToEnd.Tests.Defaults;

/// <summary>
/// One built dll (Silo or Dashboard) started the way a container starts it: <c>dotnet X.dll</c>, no
/// arguments, and only the environment a Dockerfile or a manifest would set. The inherited environment is
/// cleared (but for what the dotnet host itself needs) so nothing from the developer's shell leaks in.
/// </summary>
public sealed class ContainerProcess : IAsyncDisposable
{
    private static readonly string[] HostVariables = ["PATH", "HOME", "DOTNET_ROOT", "TMPDIR", "LANG"];

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ContainerProcess(Process process) => _process = process;

    public static ContainerProcess StartSilo(IReadOnlyDictionary<string, string> environment) =>
        Start(RepoRoot.Dll("Silo", "Philly311.Ops.Silo.dll"), environment);

    public static ContainerProcess StartDashboard(IReadOnlyDictionary<string, string> environment) =>
        Start(RepoRoot.Dll("Dashboard", "Philly311.Ops.Dashboard.dll"), environment);

    /// <summary>
    /// A Dockerfile's ENTRYPOINT (exec form, e.g. <c>dotnet Philly311.Ops.Silo.dll</c> in WORKDIR /app): the image's /app is
    /// the project's publish output, here its build output, so a bare dll name is looked up there.
    /// </summary>
    public static ContainerProcess StartEntrypoint(string project, IReadOnlyList<string> entrypoint, IReadOnlyDictionary<string, string> environment)
    {
        if (entrypoint.Count == 0) throw new ArgumentException("The Dockerfile has no ENTRYPOINT", nameof(entrypoint));
        var args = entrypoint.Skip(1).Select(a => a.EndsWith(".dll", StringComparison.Ordinal) && !a.Contains('/', StringComparison.Ordinal) ? RepoRoot.Dll(project, a) : a);
        return Start(entrypoint[0], [.. args], environment);
    }

    private static ContainerProcess Start(string dll, IReadOnlyDictionary<string, string> environment) => Start("dotnet", [dll], environment);

    private static ContainerProcess Start(string program, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        var inherited = HostVariables.Where(v => Environment.GetEnvironmentVariable(v) is not null)
            .ToDictionary(v => v, v => Environment.GetEnvironmentVariable(v)!);
        info.Environment.Clear();
        foreach (var (key, value) in inherited) info.Environment[key] = value;
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment) info.Environment[key] = value;

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var started = new ContainerProcess(process);
        process.OutputDataReceived += (_, e) => started.Append(e.Data);
        process.ErrorDataReceived += (_, e) => started.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>The status code of GET <paramref name="url"/>, or null when nothing answers there.</summary>
    public static async Task<HttpStatusCode?> StatusAsync(string url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(url);
            return response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>Polls until GET <paramref name="url"/> answers <paramref name="expected"/>; fails with the last answer and the process output.</summary>
    public async Task WaitForStatusAsync(string url, HttpStatusCode expected, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        HttpStatusCode? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await StatusAsync(url);
            if (last == expected) return;
            if (HasExited) break;
            await Task.Delay(250);
        }
        throw new ShouldAssertException(
            $"GET {url} answered {last?.ToString() ?? "nothing"} instead of {expected} within {limit.TotalSeconds:0} s (exited: {HasExited}). Output:\n{Output}");
    }

    public async Task<bool> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    public static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
