using Microsoft.AspNetCore.SignalR;
using Philly311.Ops.Contracts.Hub;

namespace Philly311.Ops.LoadTests.Tests.StandIn;

/// <summary>The dashboard hub's contract: Join(group) answers the current frame.</summary>
public sealed class StandInHub : Hub<IOpsClient>
{
    public async Task<object?> Join(string group)
    {
        if (!OpsGroups.IsValid(group)) throw new HubException("unknown group");
        await Groups.AddToGroupAsync(Context.ConnectionId, group);
        return null;
    }
}
