using System.Diagnostics;
using System.Globalization;

namespace Philly311.Ops.TestSupport;

/// <summary>
/// A real redis-server private to one test that the test can stop and start again on the same port (AOF on, so what
/// was stored comes back): Redis going away and returning, as the silo sees it. Only the process it started is stopped.
/// <see cref="RedisServer"/> cannot: its port and data go away with it.
/// </summary>
public sealed class RestartableRedis : IAsyncDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "p311-rr-" + Guid.NewGuid().ToString("N")[..8]);
    private Process? _process;

    public int Port { get; } = RedisServer.FreePort();

    /// <summary>Short timeouts so a test sees the silo's own deadlines, not the client library's 5 s defaults.</summary>
    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false,allowAdmin=true,connectTimeout=1000,syncTimeout=3000,asyncTimeout=3000";

    /// <summary>Just host:port, for a process that brings its own client settings.</summary>
    public string Address => "127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture);

    public async Task StartAsync()
    {
        Directory.CreateDirectory(_dir);
        var exe = File.Exists("/usr/bin/redis-server") ? "/usr/bin/redis-server" : "redis-server";
        _process = Process.Start(new ProcessStartInfo(exe,
            $"--port {Port} --bind 127.0.0.1 --dir {_dir} --save \"\" --appendonly yes --appendfsync always --protected-mode no")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await CliAsync("ping"))
        {
            if (DateTime.UtcNow > deadline) throw new InvalidOperationException("redis-server did not start");
            await Task.Delay(50, CancellationToken.None);
        }
    }

    /// <summary>Stops the server (SHUTDOWN, AOF flushed) and waits until its process is gone.</summary>
    public async Task StopAsync()
    {
        if (_process is null) return;
        await CliAsync("shutdown");
        if (!_process.WaitForExit(10_000)) _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Kills the server (kill -9, like a crash); the port is then closed until <see cref="StartAsync"/>.</summary>
    public async Task KillAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Makes the running server stop answering every client for a while (CLIENT PAUSE): a Redis that times out.</summary>
    public Task<bool> PauseAsync(TimeSpan duration) =>
        CliAsync("client pause " + ((long)duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + " all");

    /// <summary>Runs one redis-cli command against this server; true when it answered.</summary>
    public async Task<bool> CliAsync(string command)
    {
        using var cli = Process.Start(new ProcessStartInfo("redis-cli", $"-p {Port} {command}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var output = await cli.StandardOutput.ReadToEndAsync();
        await cli.WaitForExitAsync();
        return cli.ExitCode == 0 && !output.Contains("Could not connect", StringComparison.Ordinal) && output.Length > 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
