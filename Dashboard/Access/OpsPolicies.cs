using Microsoft.AspNetCore.Authorization;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>Every authorization policy of the dashboard, in one place.</summary>
public static class OpsPolicies
{
    /// <summary>Any signed-in person; a display token only on its own <c>/wallboard</c> and the hub; a hub key only on the hub.</summary>
    public const string Reader = "ops.reader";

    /// <summary>A liaison or the director: declares events, pushes.</summary>
    public const string Liaison = "ops.liaison";

    public const string Director = "ops.director";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Reader, p => p.RequireAuthenticatedUser().AddRequirements(new ReaderRequirement()));
        options.AddPolicy(Liaison, p => p.RequireAuthenticatedUser().RequireRole(OpsRoles.Liaison, OpsRoles.Director));
        options.AddPolicy(Director, p => p.RequireAuthenticatedUser().RequireRole(OpsRoles.Director));
    }
}
