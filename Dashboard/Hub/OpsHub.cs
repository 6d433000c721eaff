using Microsoft.AspNetCore.SignalR;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Hub;

/// <summary>
/// <c>/hubs/ops</c>: external subscribers join groups and receive frames pushed by <see cref="OpsHubBroadcaster"/>.
/// Thin on purpose: it validates, joins and answers the current frame; it never computes per client.
/// </summary>
public sealed class OpsHub(LiveBoardFeed feed) : Hub<IOpsClient>
{
    [HubMethodName(OpsHubMethods.Join)]
    public async Task<object?> Join(string group)
    {
        EnsureValid(group);
        await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        return GroupFrames.Current(feed.Current, group);
    }

    [HubMethodName(OpsHubMethods.Leave)]
    public Task Leave(string group)
    {
        EnsureValid(group);
        return Groups.RemoveFromGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
    }

    private static void EnsureValid(string group)
    {
        // HubException is the one exception whose message SignalR passes to the client.
        if (!OpsGroups.IsValid(group))
        {
            throw new HubException(
                $"Unknown group '{group}': use {OpsGroups.City}, dept:{{code}}, hood:{{id}}, zip:{{zip}} or channel:{{name}} (lowercase).");
        }
    }
}
