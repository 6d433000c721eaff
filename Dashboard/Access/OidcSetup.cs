using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>
/// OpenID Connect (code flow with PKCE) signs people in instead of configured users; the session is then the same
/// cookie. The provider's role and department claims become ours; someone with none of our roles reads nothing.
/// </summary>
public static class OidcSetup
{
    public static void Configure(OpenIdConnectOptions options, OidcSettings settings)
    {
        options.Authority = settings.Authority;
        options.ClientId = settings.ClientId;
        options.ClientSecret = settings.ClientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.UsePkce = true;
        options.SignInScheme = OpsAuthSchemes.User;
        options.CallbackPath = settings.CallbackPath;
        options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        options.MapInboundClaims = false;
        options.GetClaimsFromUserInfoEndpoint = true;
        options.Scope.Add("profile");
        options.Events.OnTokenValidated = context =>
        {
            if (context.Principal is { } principal) context.Principal = ToOps(principal, settings);
            return Task.CompletedTask;
        };
    }

    public static ClaimsPrincipal ToOps(ClaimsPrincipal external, OidcSettings settings)
    {
        var name = external.FindFirstValue(settings.NameClaim) ?? external.FindFirstValue("sub") ?? "unknown";
        var roles = external.FindAll(settings.RoleClaim)
            .Select(c => settings.RoleMap.TryGetValue(c.Value, out var mapped) ? mapped : c.Value)
            .Where(OpsRoles.People.Contains)
            .ToList();
        // The strongest role wins, so one person is one role on every screen and in the audit log.
        var role = new[] { OpsRoles.Director, OpsRoles.Liaison, OpsRoles.Supervisor }.FirstOrDefault(roles.Contains) ?? "";
        return UserDirectory.Principal(name, role, external.FindFirstValue(settings.DepartmentClaim)?.ToLowerInvariant(), OpsClaims.SourceOidc, OpsAuthSchemes.User);
    }
}
