using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Philly311.Ops.Dashboard.Security;

/// <summary>
/// At most <see cref="DashboardSecurityOptions.MaxHubConnectionsPerClient"/> hub connections per client on this
/// process. One over is refused in OnConnected with a <see cref="HubException"/>: SignalR closes it with that message
/// as the reason and tells the client not to reconnect. Logged once at Warning per client while it stays at its cap
/// (then at Debug), never with a stack trace: SignalR's own Error log of the throw is silenced
/// (<see cref="DashboardSecurityExtensions"/>) and this filter logs what the framework would have, at the right level.
/// </summary>
public sealed partial class HubConnectionCap(IOptions<DashboardSecurityOptions> options, ILogger<HubConnectionCap> logger) : IHubFilter
{
    private const string ClientItem = "hub-connection-cap:client";

    private readonly int _max = options.Value.MaxHubConnectionsPerClient;
    private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal);
    private readonly HashSet<string> _warned = new(StringComparer.Ordinal);

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var client = ClientOf(context.Context);
        if (!TryTake(client, out var firstRefusal))
        {
            if (firstRefusal) LogRefused(client, _max, context.Context.ConnectionId);
            else LogRefusedAgain(client, context.Context.ConnectionId);
            throw new HubException($"Too many hub connections from this client: at most {_max} at once; close one before opening another.");
        }
        context.Context.Items[ClientItem] = client;
        try
        {
            await next(context);
        }
        catch (Exception ex)
        {
            // A failed OnConnected gets no OnDisconnected: give the place back here.
            Release(client);
            if (ex is not HubException and not OperationCanceledException) LogConnectFailed(context.Context.ConnectionId, ex);
            throw;
        }
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.Items.TryGetValue(ClientItem, out var client) && client is string taken) Release(taken);
        // The error that ended the connection, if any (SignalR's own line for it is silenced with the rest of its category).
        if (exception is not null) LogEndedByError(context.Context.ConnectionId, exception.GetType().Name, exception.Message);
        await next(context, exception);
    }

    /// <summary>Connections this process holds for <paramref name="client"/> now (for tests and diagnostics).</summary>
    public int OpenFor(string client)
    {
        lock (_open) return _open.GetValueOrDefault(client);
    }

    /// <summary>The signed-in user when there is one (a user on two phones is one client), else the remote address.</summary>
    public static string ClientOf(HubCallerContext context) =>
        context.UserIdentifier is { Length: > 0 } user
            ? "user:" + user
            : "address:" + (context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private bool TryTake(string client, out bool firstRefusal)
    {
        lock (_open)
        {
            var open = _open.GetValueOrDefault(client);
            if (open >= _max)
            {
                firstRefusal = _warned.Add(client);
                return false;
            }
            _open[client] = open + 1;
            firstRefusal = false;
            return true;
        }
    }

    private void Release(string client)
    {
        lock (_open)
        {
            var open = _open.GetValueOrDefault(client) - 1;
            if (open <= 0) _open.Remove(client);
            else _open[client] = open;
            // Below its cap again: a later refusal is news worth a Warning.
            _warned.Remove(client);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused hub connection {ConnectionId} of {Client}: it already holds {Max} connections (DashboardSecurity:MaxHubConnectionsPerClient); further refusals of it are logged at Debug until it closes one")]
    private partial void LogRefused(string client, int max, string connectionId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused hub connection {ConnectionId} of {Client} again: at its cap")]
    private partial void LogRefusedAgain(string client, string connectionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "OnConnected of hub connection {ConnectionId} failed")]
    private partial void LogConnectFailed(string connectionId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hub connection {ConnectionId} ended by an error ({ErrorType}: {Reason})")]
    private partial void LogEndedByError(string connectionId, string errorType, string reason);
}
