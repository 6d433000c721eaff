using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;
using Xunit;

namespace Philly311.Ops.TestSupport;

/// <summary>
/// A real <c>redis-server</c> on a free loopback port, private to one test run, removed on dispose.
/// Use it as a class or collection fixture; never a mock.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "p311-redis-" + Guid.NewGuid().ToString("N")[..8]);

    public int Port { get; private set; }

    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false,allowAdmin=true";

    public ConnectionMultiplexer? Connection { get; private set; }

    public IDatabase Database => (Connection ?? throw new InvalidOperationException("Redis is not started")).GetDatabase();

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        Port = FreePort();
        var exe = File.Exists("/usr/bin/redis-server") ? "/usr/bin/redis-server" : "redis-server";
        var args = $"--port {Port} --bind 127.0.0.1 --dir {_dir} --save \"\" --appendonly yes --appendfsync everysec --protected-mode no";
        _process = Process.Start(new ProcessStartInfo(exe, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start (is it installed? test.sh installs it)");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                Connection = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
                await Connection.GetDatabase().PingAsync();
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Empties every database: tests that need a clean slate call this first.</summary>
    public Task FlushAsync() => Connection!.GetServer("127.0.0.1", Port).FlushAllDatabasesAsync();

    public async ValueTask DisposeAsync()
    {
        if (Connection is not null) await Connection.DisposeAsync();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
