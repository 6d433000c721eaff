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
    QueueFramePublisher queues,
    PushFramePublisher pushes,
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
        if (joined.Contains(group)) return Current(group); // joining twice is harmless and answers the current frame again
        if (joined.Count >= MaxGroupsPerConnection)
        {
            LogRefused(Context.ConnectionId, group, "group cap reached");
            throw new HubException($"A connection may join at most {MaxGroupsPerConnection} groups; leave one before joining '{group}'.");
        }
        if (OpsGroups.IsPush(group)) return await JoinPushAsync(group, joined);
        // Counted first, so a disconnect in the middle still releases what was taken.
        joined.Add(group);
        if (group == OpsGroups.City)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
            return feed.CityFrame;
        }
        if (OpsGroups.IsQueue(group))
        {
            // In the group before the answer is read: a frame sent in between arrives too, and is never newer than the answer.
            queues.Acquire(group);
            await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
            return await queues.AnswerAsync(group, Context.ConnectionAborted);
        }
        var answer = await membership.JoinAsync(group, Context.ConnectionAborted);
        await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        return answer;
    }

    [HubMethodName(OpsHubMethods.Leave)]
    public async Task Leave(string group)
    {
        EnsureValid(group);
        if (!JoinedGroups().Remove(group)) return;
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        await ReleaseAsync(group);
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
        foreach (var group in JoinedGroups()) await ReleaseAsync(group);
        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>A push is looked up before anything is counted: a well-formed id of no push subscribes nothing.</summary>
    private async Task<object?> JoinPushAsync(string group, HashSet<string> joined)
    {
        var found = await pushes.FindAsync(group, Context.ConnectionAborted);
        if (!found.Exists)
        {
            LogRefused(Context.ConnectionId, group, "no such push");
            throw new HubException($"No push '{OpsGroups.PushIdOf(group)}'.");
        }
        joined.Add(group);
        pushes.Acquire(group, found.Frame);
        await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        return pushes.Current(group) ?? found.Frame;
    }

    private object? Current(string group) =>
        group == OpsGroups.City ? feed.CityFrame
        : OpsGroups.IsQueue(group) ? queues.Current(group)
        : OpsGroups.IsPush(group) ? pushes.Current(group)
        : membership.Current(group);

    private async Task ReleaseAsync(string group)
    {
        if (group == OpsGroups.City) return;
        if (OpsGroups.IsQueue(group)) queues.Release(group);
        else if (OpsGroups.IsPush(group)) pushes.Release(group);
        else await membership.LeaveAsync(group);
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
        // The name is the caller's input: shortened and with invisibles escaped, in the log line and the answer alike.
        LogRefused(Context.ConnectionId, GroupEcho.Of(group), "unknown group");
        // HubException is the one exception whose message SignalR passes to the client.
        throw new HubException(
            $"Unknown group '{GroupEcho.Of(group)}': use {OpsGroups.City}, dept:{{code}}, hood:{{id}}, zip:{{zip}}, channel:{{name}}, service:{{code}}, " +
            "queues, queue:{slug}, queues:channel:{channel} or push:{pushId} (lowercase).");
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
