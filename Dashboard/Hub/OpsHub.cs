using Microsoft.AspNetCore.SignalR;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Dashboard.Access;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Hub;

/// <summary>
/// <c>/hubs/ops</c>: external subscribers join groups and receive the frames this process pushes to its own
/// connections. Thin on purpose: it validates, counts the group against the connection's cap, joins and answers
/// the current frame; it never computes per client.
/// </summary>
public sealed partial class OpsHub(
    LiveBoardFeed feed,
    GroupMembership membership,
    HubGroupAccess access,
    DisplayConnections displays,
    ILogger<OpsHub> logger) : Hub<IOpsClient>
{
    /// <summary>Groups one connection may be in: each per-key group costs this process a grain subscription (issue 10).</summary>
    public const int MaxGroupsPerConnection = 64;

    [HubMethodName(OpsHubMethods.Join)]
    public async Task<object?> Join(string group)
    {
        EnsureValid(group);
        EnsureAllowed(group);
        var joined = JoinedGroups();
        if (!joined.Contains(group))
        {
            if (joined.Count >= MaxGroupsPerConnection)
            {
                LogRefused(Context.ConnectionId, group, "group cap reached");
                throw new HubException($"A connection may join at most {MaxGroupsPerConnection} groups; leave one before joining '{group}'.");
            }
            // Counted first, so a disconnect in the middle still releases what was taken.
            joined.Add(group);
            if (group == OpsGroups.City)
            {
                await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
                return feed.CityFrame;
            }
            var answer = await membership.JoinAsync(group, Context.ConnectionAborted);
            await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
            return answer;
        }
        // Joining twice is harmless and answers the current frame again.
        return group == OpsGroups.City ? feed.CityFrame : membership.Current(group);
    }

    [HubMethodName(OpsHubMethods.Leave)]
    public async Task Leave(string group)
    {
        EnsureValid(group);
        if (!JoinedGroups().Remove(group)) return;
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        if (group != OpsGroups.City) await membership.LeaveAsync(group);
    }

    public override Task OnConnectedAsync()
    {
        // Connecting at all needs OpsPolicies.Reader (MapOpsHub); a display token's connection is closed when it is revoked.
        displays.Opened(Context);
        return base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        displays.Closed(Context);
        // SignalR drops the connection from its groups by itself; the grain subscriptions are ours to release.
        foreach (var group in JoinedGroups())
        {
            if (group != OpsGroups.City) await membership.LeaveAsync(group);
        }
        await base.OnDisconnectedAsync(exception);
    }


    /// <summary>Hub methods of one connection run one at a time (and OnDisconnected after them), so a plain set will do.</summary>
    private HashSet<string> JoinedGroups()
    {
        if (Context.Items.TryGetValue(nameof(JoinedGroups), out var value) && value is HashSet<string> groups) return groups;
        groups = new HashSet<string>(StringComparer.Ordinal);
        Context.Items[nameof(JoinedGroups)] = groups;
        return groups;
    }

    private void EnsureValid(string group)
    {
        if (OpsGroups.IsValid(group)) return;
        // A client's mistake, not ours: one line at Information, no stack trace (issue 10).
        LogRefused(Context.ConnectionId, group, "unknown group");
        // HubException is the one exception whose message SignalR passes to the client.
        throw new HubException(
            $"Unknown group '{group}': use {OpsGroups.City}, dept:{{code}}, hood:{{id}}, zip:{{zip}}, channel:{{name}} or service:{{code}} (lowercase).");
    }

    private void EnsureAllowed(string group)
    {
        if (Context.User is { } user && access.MayJoin(user, group)) return;
        LogRefused(Context.ConnectionId, group, "not allowed for " + (Context.User?.Identity?.Name ?? "anonymous"));
        throw new HubException($"Not allowed to join '{group}' with this sign-in.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused Join of '{Group}' by connection {ConnectionId}: {Reason}")]
    private partial void LogRefused(string connectionId, string group, string reason);
}
