using System.Security.Claims;
using Philly311.Ops.Contracts.Hub;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>
/// Which hub groups a connection may join: the director, liaisons and service keys any; a supervisor <c>city</c> and its
/// own department's groups; a display token what its wallboard shows (<see cref="DisplayTokenOptions.Groups"/>).
/// </summary>
public sealed class HubGroupAccess(DisplayTokens displays)
{
    public bool MayJoin(ClaimsPrincipal user, string group)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        if (user.IsInRole(OpsRoles.Director) || user.IsInRole(OpsRoles.Liaison) || user.IsInRole(OpsRoles.Service)) return true;
        if (user.IsInRole(OpsRoles.Supervisor))
        {
            if (group == OpsGroups.City) return true;
            if (OpsIdentity.DepartmentScope(user) is not { Length: > 0 } department) return false;
            var own = OpsGroups.Department(department);
            return group == own || group.StartsWith(own + ":", StringComparison.Ordinal);
        }
        return user.IsInRole(OpsRoles.Display) && displays.GroupsOf(user).Contains(group, StringComparer.Ordinal);
    }
}
