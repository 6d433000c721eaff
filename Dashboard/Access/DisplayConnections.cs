using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>
/// Hub connections opened with a display token. When the settings change, those whose token is no longer valid are
/// closed at once: a revoked screen stops receiving frames instead of keeping an open socket forever.
/// </summary>
public sealed partial class DisplayConnections : IDisposable
{
    private readonly ConcurrentDictionary<string, HubCallerContext> _connections = new(StringComparer.Ordinal);
    private readonly DisplayTokens _displays;
    private readonly ILogger<DisplayConnections> _logger;
    private readonly IDisposable? _subscription;

    public DisplayConnections(AccessSettings settings, DisplayTokens displays, ILogger<DisplayConnections> logger)
    {
        _displays = displays;
        _logger = logger;
        _subscription = settings.OnChange(CloseRevoked);
    }

    public void Opened(HubCallerContext context)
    {
        if (context.User?.IsInRole(OpsRoles.Display) == true) _connections[context.ConnectionId] = context;
    }

    public void Closed(HubCallerContext context) => _connections.TryRemove(context.ConnectionId, out _);

    public void CloseRevoked()
    {
        foreach (var (id, context) in _connections)
        {
            if (context.User is { } user && _displays.StillValid(user)) continue;
            _connections.TryRemove(id, out _);
            LogClosed(context.User?.Identity?.Name ?? "?", id);
            context.Abort();
        }
    }

    public void Dispose() => _subscription?.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed hub connection {ConnectionId} of display '{Display}': its token is no longer valid")]
    private partial void LogClosed(string display, string connectionId);
}
