using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>
/// Who may read what: a person reads every page (a supervisor no other department's drill-down); a display token
/// only its own wallboard layout and the hub; a hub key only the hub and the read-only JSON views. What a hub connection may join is
/// <see cref="HubGroupAccess"/>'s decision.
/// </summary>
public sealed partial class ReaderHandler(ILogger<ReaderHandler> logger) : AuthorizationHandler<ReaderRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ReaderRequirement requirement)
    {
        var path = ResourcePath.Of(context.Resource);
        if (Allows(context.User, path)) context.Succeed(requirement);
        else LogRefused(context.User.Identity?.Name ?? "anonymous", OpsIdentity.RoleOf(context.User), path ?? context.Resource?.GetType().Name ?? "?");
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reader refused {Name} ({Role}) for {Path}")]
    private partial void LogRefused(string name, string role, string path);

    public static bool Allows(ClaimsPrincipal user, string? path)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        if (user.IsInRole(OpsRoles.Director) || user.IsInRole(OpsRoles.Liaison)) return true;
        if (user.IsInRole(OpsRoles.Supervisor))
            return ResourcePath.Department(path) is not { } department || department == user.FindFirstValue(OpsClaims.Department);
        if (user.IsInRole(OpsRoles.Display))
            return ResourcePath.IsHub(path) || (ResourcePath.WallboardLayout(path) is { } layout && layout == user.FindFirstValue(OpsClaims.Layout));
        if (user.IsInRole(OpsRoles.Service)) return ResourcePath.IsHub(path) || ResourcePath.IsReadApi(path);
        return false;
    }
}
