using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Philly311.Ops.TestSupport;

/// <summary>
/// One product program (silo or dashboard) run as a real process from its Release build, with the same arguments
/// every time it is started again (same ports, same cluster): what an operator's supervisor does. Stops only the
/// process it started. Its output goes to a shared log, each line tagged with <see cref="Name"/>.
/// </summary>
public sealed class ProductProcess(string name, string project, string dll, IReadOnlyList<string> args, StringBuilder log, string environment = "Production")
{
    private Process? _process;

    public string Name { get; } = name;

    public bool IsRunning => _process is { } p && !HasExited(p);

    /// <summary>The process id while it runs (for a test that wants to signal it itself).</summary>
    public int? Id => IsRunning ? _process!.Id : null;

    public void Start()
    {
        if (IsRunning) throw new InvalidOperationException($"{Name} is already running");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(RepoRoot.Dll(project, dll));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{Name} did not start");
        process.OutputDataReceived += (_, e) => Append(e.Data, "");
        process.ErrorDataReceived += (_, e) => Append(e.Data, "!");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process?.Dispose();
        _process = process;
    }

    /// <summary>kill -9: no shutdown code runs, nothing is flushed — a crash.</summary>
    public async Task KillAsync()
    {
        if (_process is null) return;
        if (!HasExited(_process)) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>
    /// SIGTERM (what systemd, Kubernetes and Ctrl-C send) and waits up to <paramref name="patience"/> for the exit;
    /// answers how long it took, or null (and kills it) when it did not stop in time.
    /// </summary>
    public async Task<TimeSpan?> TerminateAsync(TimeSpan patience)
    {
        if (_process is null || HasExited(_process)) return TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!)
        {
            await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(patience);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return clock.Elapsed;
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
            return null;
        }
    }

    private void Append(string? line, string marker)
    {
        if (line is null) return;
        lock (log) log.Append(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:HH:mm:ss.fff} [{Name}{marker}] ").AppendLine(line);
    }

    private static bool HasExited(Process process)
    {
        try { return process.HasExited; }
        catch (InvalidOperationException) { return true; }
    }
}
