using System.Security.Claims;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>The configured people: checks a password, builds the signed-in principal, and re-checks it later.</summary>
public sealed class UserDirectory(AccessSettings settings)
{
    /// <summary>Spent on an unknown name too, so the answer time does not tell which names exist.</summary>
    private static readonly string Decoy = PasswordHash.Create("decoy");

    public ClaimsPrincipal? Verify(string name, string password)
    {
        var users = settings.Current.Users;
        var found = users.TryGetValue(name, out var user);
        if (!PasswordHash.Verify(password, found ? user!.PasswordHash : Decoy) || !found) return null;
        // Names match whatever the case; the session and the audit log carry the name as configured.
        var configured = users.Keys.First(k => k.Equals(name, StringComparison.OrdinalIgnoreCase));
        return Principal(configured, user!.Role, user.Department, OpsClaims.SourceConfig, OpsAuthSchemes.User);
    }

    /// <summary>A configured user removed or given another role or department loses the session; OpenID Connect sessions keep theirs.</summary>
    public bool StillValid(ClaimsPrincipal principal)
    {
        if (principal.FindFirstValue(OpsClaims.Source) != OpsClaims.SourceConfig) return principal.Identity?.IsAuthenticated == true;
        return principal.Identity?.Name is { } name
            && settings.Current.Users.TryGetValue(name, out var user)
            && principal.IsInRole(user.Role)
            && principal.FindFirstValue(OpsClaims.Department) == user.Department;
    }

    public static ClaimsPrincipal Principal(string name, string role, string? department, string source, string authenticationType)
    {
        List<Claim> claims = [new(ClaimTypes.Name, name), new(ClaimTypes.Role, role), new(OpsClaims.Source, source)];
        if (!string.IsNullOrEmpty(department)) claims.Add(new Claim(OpsClaims.Department, department));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }
}
