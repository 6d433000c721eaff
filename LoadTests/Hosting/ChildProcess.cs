using System.Collections.Concurrent;
using System.Diagnostics;

namespace Philly311.Ops.LoadTests.Hosting;

/// <summary>
/// A process this run started: output to a log file, killed with its tree on dispose — on success, failure or
/// Ctrl-C alike — so a run never leaves a silo or a Redis behind. If this process exits while children still run (a test
/// runner's timeout abandons the run), the exit handler kills them; only a kill -9 of this tool can orphan them.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private const string Setsid = "/usr/bin/setsid";
    private static readonly ConcurrentDictionary<int, Process> Live = new();
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly string? _ownedDir;

    static ChildProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();

    /// <summary>Last resort on the way out (process exit, a second Ctrl-C): kill every child still running, synchronously.</summary>
    public static void KillAll()
    {
        foreach (var process in Live.Values)
        {
            try { process.Kill(entireProcessTree: true); }
            catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception) { }
        }
    }

    private ChildProcess(string name, Process process, StreamWriter log, string? ownedDir)
    {
        Name = name;
        _process = process;
        _log = log;
        _ownedDir = ownedDir;
        Live[process.Id] = process;
    }

    public string Name { get; }

    public int Pid => _process.Id;

    public string LogPath { get; private init; } = "";

    public bool HasExited
    {
        get
        {
            try { return _process.HasExited; }
            catch (InvalidOperationException) { return true; }
        }
    }

    /// <param name="ownsLogDir">Delete <paramref name="logDir"/> on dispose (a private temp dir).</param>
    public static ChildProcess Start(
        string name, string fileName, IEnumerable<string> args, string logDir, IReadOnlyDictionary<string, string>? environment = null, bool ownsLogDir = false)
    {
        Directory.CreateDirectory(logDir);
        var logPath = Path.Combine(logDir, name + ".log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        // In its own session, so a terminal's Ctrl-C (sent to the whole foreground group) reaches only this tool, which
        // then finishes measuring and stops the children itself. setsid execs in place: the PID stays the child's.
        var detach = File.Exists(Setsid);
        var info = new ProcessStartInfo(detach ? Setsid : fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        if (detach) info.ArgumentList.Add(fileName);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{name} did not start ({fileName}).");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildProcess(name, process, log, ownsLogDir ? logDir : null) { LogPath = logPath };
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log)
        {
            try { log.WriteLine(line); }
            catch (ObjectDisposedException) { }
        }
    }

    /// <summary>SIGKILL of this process alone (kill -9: .NET's Kill sends SIGKILL on Linux); dispose still reaps it.</summary>
    public void KillHard()
    {
        try { _process.Kill(entireProcessTree: false); }
        catch (InvalidOperationException) { }
    }

    public string LogTail(int lines = 20)
    {
        try
        {
            lock (_log) _log.Flush();
            using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var all = reader.ReadToEnd().Split('\n');
            return string.Join('\n', all.TakeLast(lines));
        }
        catch (IOException)
        {
            return "";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!HasExited)
        {
            try { _process.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { }
        }
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            try { await _process.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) { }
        }
        Live.TryRemove(_process.Id, out _);
        _process.Dispose();
        lock (_log) _log.Dispose();
        if (_ownedDir is not null)
        {
            try { Directory.Delete(_ownedDir, recursive: true); }
            catch (IOException) { }
        }
    }
}
