using System.Security.Claims;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>Reading our claims back from a principal.</summary>
public static class OpsIdentity
{
    private static readonly string[] Roles = [OpsRoles.Director, OpsRoles.Liaison, OpsRoles.Supervisor, OpsRoles.Display, OpsRoles.Service];

    /// <summary>The one role we gave the principal, or empty for an anonymous one.</summary>
    public static string RoleOf(ClaimsPrincipal user) => Roles.FirstOrDefault(user.IsInRole) ?? "";

    /// <summary>A supervisor's department; null for everyone else, who see every department.</summary>
    public static string? DepartmentScope(ClaimsPrincipal user) =>
        user.IsInRole(OpsRoles.Supervisor) ? user.FindFirstValue(OpsClaims.Department) : null;
}
