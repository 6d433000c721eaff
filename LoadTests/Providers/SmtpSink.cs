using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Philly311.Ops.LoadTests.Providers;

/// <summary>
/// A minimal SMTP server (HELO/EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT — no TLS, no auth) that records each message by
/// its Message-ID, which the silo sets to the delivery's idempotency key. The simulator's failure rate answers MAIL with
/// 451, a temporary refusal a sender retries.
/// </summary>
public sealed class SmtpSink(double failureRate) : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<string, int> _byMessageId = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SmtpAcceptance> _acceptances = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _accepting;

    public int Port { get; private set; }

    public IReadOnlyDictionary<string, int> ByMessageId => _byMessageId;

    /// <summary>Every 250 to a DATA, with when it was written to the sender: for email the relay's 250 is the delivery.</summary>
    public IReadOnlyCollection<SmtpAcceptance> Acceptances => [.. _acceptances];

    public void Start(int port)
    {
        var listener = port == 0 ? _listener : new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _accepting = AcceptAsync(listener);
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(_stop.Token);
                _ = ServeAsync(client);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            listener.Stop();
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 p311-smtp-sink ready");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO" or "HELO":
                        await writer.WriteLineAsync("250 p311-smtp-sink");
                        break;
                    case "MAIL":
                        await writer.WriteLineAsync(Random.Shared.NextDouble() < failureRate ? "451 4.3.0 simulated: try again later" : "250 OK");
                        break;
                    case "RCPT" or "RSET" or "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                        var id = Record(await ReadDataAsync(reader));
                        await writer.WriteLineAsync("250 OK queued");
                        _acceptances.Enqueue(new SmtpAcceptance(id, Stopwatch.GetTimestamp()));
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 5.5.2 not implemented");
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private async Task<string> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(_stop.Token) is { } line && line != ".") data.AppendLine(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line);
        return data.ToString();
    }

    private string Record(string data)
    {
        var header = data.Split("\n").FirstOrDefault(l => l.StartsWith("Message-ID:", StringComparison.OrdinalIgnoreCase) || l.StartsWith("Message-Id:", StringComparison.OrdinalIgnoreCase));
        var id = header?.Split(':', 2)[1].Trim().Trim('<', '>', '\r') ?? "(none)";
        _byMessageId.AddOrUpdate(id, 1, (_, n) => n + 1);
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_accepting is not null) await _accepting;
        _stop.Dispose();
    }
}
