using System.Net.Sockets;
using System.Text;

namespace Philly311.Ops.LoadTests.Hosting;

/// <summary>Is Redis answering? One inline PING over a socket: the tool needs no Redis client for that.</summary>
internal static class RedisPing
{
    public static async Task<bool> UntilPongAsync(int port, ChildProcess process, TimeSpan limit, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + limit;
        var buffer = new byte[16];
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, cancellationToken);
                var stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
                var read = await stream.ReadAsync(buffer, cancellationToken);
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal)) return true;
            }
            catch (SocketException) { }
            catch (IOException) { }
            await Task.Delay(100, cancellationToken);
        }
        return false;
    }
}
