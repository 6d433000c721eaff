using System.Security.Claims;
using Philly311.Ops.Contracts.Hub;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>
/// Which hub groups a connection may join: the director, liaisons and service keys any; a supervisor <c>city</c>, its
/// own department's groups and the queues; a display token the queues and what its wallboard shows
/// (<see cref="DisplayTokenOptions.Groups"/>).
/// </summary>
/// <remarks>
/// Queue figures are the contact center's own (contacts waiting, agents, service level), no department's data and no
/// resident's: every signed-in person sees them on the board, and the floor's wallboards exist to show them. A push's
/// delivery matrix is the liaisons' work (the push page is theirs), so a supervisor never joins one, and a display
/// token only if its configuration names that push.
/// </remarks>
public sealed class HubGroupAccess(DisplayTokens displays)
{
    public bool MayJoin(ClaimsPrincipal user, string group)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        if (user.IsInRole(OpsRoles.Director) || user.IsInRole(OpsRoles.Liaison) || user.IsInRole(OpsRoles.Service)) return true;
        if (user.IsInRole(OpsRoles.Supervisor))
        {
            if (group == OpsGroups.City || OpsGroups.IsQueue(group)) return true;
            if (OpsIdentity.DepartmentScope(user) is not { Length: > 0 } department) return false;
            var own = OpsGroups.Department(department);
            return group == own || group.StartsWith(own + ":", StringComparison.Ordinal);
        }
        if (!user.IsInRole(OpsRoles.Display)) return false;
        // A revoked token has no groups at all, the queues included.
        var groups = displays.GroupsOf(user);
        return groups.Count > 0 && (OpsGroups.IsQueue(group) || groups.Contains(group, StringComparer.Ordinal));
    }
}
