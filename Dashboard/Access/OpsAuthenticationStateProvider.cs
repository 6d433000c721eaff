using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>
/// A circuit keeps the principal it was opened with; this re-checks it every two seconds against the current settings,
/// so a revoked display token (or a removed user) turns the open screen to "not authorized" within seconds.
/// </summary>
public sealed class OpsAuthenticationStateProvider(ILoggerFactory loggerFactory, UserDirectory users, DisplayTokens displays)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(2);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        Task.FromResult(StillValid(authenticationState.User));

    public bool StillValid(ClaimsPrincipal user) => user.IsInRole(OpsRoles.Display) ? displays.StillValid(user) : users.StillValid(user);
}
