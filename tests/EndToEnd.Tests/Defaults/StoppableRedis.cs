using System.Diagnostics;
using System.Globalization;
using Philly311.Ops.TestSupport;
using StackExchange.Redis;

namespace Philly311.Ops.EndToEnd.Tests.Defaults;

/// <summary>
/// A real redis-server on one fixed free port that a test can stop and start again (same port, same data
/// directory), to see what the processes do while their Redis is gone. <see cref="RedisServer"/> cannot:
/// its port and data go away with it.
/// </summary>
public sealed class StoppableRedis : IAsyncDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "p311-redis-stop-" + Guid.NewGuid().ToString("N")[..8]);
    private Process? _process;

    public int Port { get; } = RedisServer.FreePort();

    public string ConnectionString => "127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture);

    public async Task StartAsync()
    {
        Directory.CreateDirectory(_dir);
        var exe = File.Exists("/usr/bin/redis-server") ? "/usr/bin/redis-server" : "redis-server";
        _process = Process.Start(new ProcessStartInfo(exe, $"--port {Port} --bind 127.0.0.1 --dir {_dir} --save \"\" --appendonly yes --protected-mode no")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start (test.sh installs it)");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                await using var probe = await ConnectionMultiplexer.ConnectAsync(ConnectionString + ",connectTimeout=500");
                await probe.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Stops the server (kill -9, like a crash); the port is then closed until <see cref="StartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Makes the running server stop answering every client for a while (CLIENT PAUSE): a Redis that times out.</summary>
    public async Task PauseAsync(TimeSpan duration)
    {
        await using var admin = await ConnectionMultiplexer.ConnectAsync(ConnectionString + ",allowAdmin=true");
        await admin.GetDatabase().ExecuteAsync("CLIENT", "PAUSE", ((long)duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture), "ALL");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
