using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using Philly311.Ops.Contracts.Hub;

namespace Philly311.Ops.LoadTests.Readers;

/// <summary>
/// A hub subscriber that speaks the SignalR JSON protocol over a WebSocket itself (handshake, Join, pings) and counts
/// the frames it receives without parsing them. The server does exactly the work it does for any subscriber; the
/// generator, which shares two cores with the system, does almost none — a thousand full .NET clients would measure
/// the generator. Probes, which must read sequences, use the full client (<see cref="HubReader"/>).
/// </summary>
internal sealed class WireHubReader : IReader
{
    private const byte RecordSeparator = 0x1e;
    private static readonly byte[] Handshake = Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e");
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes("{\"type\":6}\u001e");
    private static readonly byte[] InvocationStart = Encoding.UTF8.GetBytes("{\"type\":1,");
    private static readonly byte[] CompletionStart = Encoding.UTF8.GetBytes("{\"type\":3,");

    /// <summary>SignalR message types a listener is told about: a server invocation (a frame) and a completion (the Join answer).</summary>
    public const int Invocation = 1;
    public const int Completion = 3;

    /// <summary>The server drops a client silent for 30 s (ClientTimeoutInterval); pinging every 15 s is what the .NET client does.</summary>
    private static readonly TimeSpan PingEvery = TimeSpan.FromSeconds(15);

    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ReaderStats _stats;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private Task _receiving = Task.CompletedTask;
    private Task _pinging = Task.CompletedTask;
    private readonly Action<int>? _onMessage;
    private int _closed;

    private WireHubReader(ReaderStats stats, Action<int>? onMessage)
    {
        _stats = stats;
        _onMessage = onMessage;
    }

    /// <summary>Completes when the socket closed (server gone, or this reader disposed).</summary>
    public Task Closed => _receiving;

    public bool IsProbe => false;

    /// <param name="onMessage">Told <see cref="Invocation"/> for every frame and <see cref="Completion"/> for the Join answer, on the receive loop.</param>
    public static async Task<WireHubReader> ConnectAsync(Uri dashboard, DashboardAccess access, string group, ReaderStats stats, CancellationToken cancellationToken, Action<int>? onMessage = null)
    {
        var reader = new WireHubReader(stats, onMessage);
        try
        {
            var ws = new UriBuilder(new Uri(dashboard, OpsGroups.HubPath)) { Scheme = dashboard.Scheme == "https" ? "wss" : "ws" }.Uri;
            reader._socket.Options.SetRequestHeader(DashboardAccess.AuthorizationHeader, access.Bearer);
            await reader._socket.ConnectAsync(ws, cancellationToken);
            await reader.SendAsync(Handshake, cancellationToken);
            var join = Encoding.UTF8.GetBytes($"{{\"type\":1,\"invocationId\":\"1\",\"target\":\"{OpsHubMethods.Join}\",\"arguments\":[\"{group}\"]}}\u001e");
            await reader.SendAsync(join, cancellationToken);
            reader._receiving = reader.ReceiveAsync();
            reader._pinging = reader.PingAsync();
            stats.Opened();
            return reader;
        }
        catch
        {
            reader._socket.Dispose();
            throw;
        }
    }

    private async Task SendAsync(byte[] message, CancellationToken cancellationToken)
    {
        await _sending.WaitAsync(cancellationToken);
        try { await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken); }
        finally { _sending.Release(); }
    }

    /// <summary>Reads until the socket closes or the reader is disposed; counts invocations (frames) by their first bytes.</summary>
    private async Task ReceiveAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var head = new byte[InvocationStart.Length];
        var headLength = 0;
        var handshakeDone = false;
        try
        {
            while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close) break;
                for (var i = 0; i < result.Count; i++)
                {
                    var b = buffer[i];
                    if (b == RecordSeparator)
                    {
                        // The first record is the handshake answer ({} or an error), not a frame.
                        if (handshakeDone && headLength == head.Length && head.AsSpan().SequenceEqual(InvocationStart))
                        {
                            _stats.Frame();
                            _onMessage?.Invoke(Invocation);
                        }
                        else if (handshakeDone && headLength == head.Length && head.AsSpan().SequenceEqual(CompletionStart))
                        {
                            _onMessage?.Invoke(Completion);
                        }
                        handshakeDone = true;
                        headLength = 0;
                    }
                    else if (headLength < head.Length)
                    {
                        head[headLength++] = b;
                    }
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException) { }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (!_stop.IsCancellationRequested) _stats.Error("reader dropped by the server");
        }
    }

    private async Task PingAsync()
    {
        using var timer = new PeriodicTimer(PingEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token) && _socket.State == WebSocketState.Open) await SendAsync(Ping, _stop.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException) { }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 1) return;
        _stats.Closed();
        await _stop.CancelAsync();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            if (_socket.State == WebSocketState.Open) await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException) { }
        await Task.WhenAll(_receiving, _pinging);
        _socket.Dispose();
        _stop.Dispose();
        _sending.Dispose();
    }
}
