using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Philly311.Ops.Contracts.Hub;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>The wallboard display tokens in the current configuration: who a token is, and whether it still is.</summary>
public sealed class DisplayTokens(AccessSettings settings)
{
    /// <summary>The screen a token opens, or null when it is unknown or revoked. Compared in constant time.</summary>
    public ClaimsPrincipal? Authenticate(string token)
    {
        var sent = Encoding.UTF8.GetBytes(token);
        foreach (var (name, screen) in settings.Current.DisplayTokens)
        {
            if (screen.Revoked || !CryptographicOperations.FixedTimeEquals(sent, Encoding.UTF8.GetBytes(screen.Token))) continue;
            List<Claim> claims =
            [
                new(ClaimTypes.Name, name), new(ClaimTypes.Role, OpsRoles.Display),
                new(OpsClaims.Layout, screen.Layout.ToLowerInvariant()), new(OpsClaims.TokenFingerprint, Fingerprint(screen.Token)),
            ];
            return new ClaimsPrincipal(new ClaimsIdentity(claims, OpsAuthSchemes.Display, ClaimTypes.Name, ClaimTypes.Role));
        }
        return null;
    }

    /// <summary>False once the screen's entry is revoked, removed, given another token or another layout.</summary>
    public bool StillValid(ClaimsPrincipal display) => Screen(display) is not null;

    /// <summary>The hub groups the screen may join now; none once revoked.</summary>
    public IReadOnlyCollection<string> GroupsOf(ClaimsPrincipal display) =>
        Screen(display) is { } screen ? (screen.Groups.Length == 0 ? [OpsGroups.City] : screen.Groups) : [];

    private DisplayTokenOptions? Screen(ClaimsPrincipal display)
    {
        if (display.Identity?.Name is not { } name || !settings.Current.DisplayTokens.TryGetValue(name, out var screen)) return null;
        return !screen.Revoked
            && display.FindFirstValue(OpsClaims.TokenFingerprint) == Fingerprint(screen.Token)
            && display.FindFirstValue(OpsClaims.Layout) == screen.Layout.ToLowerInvariant()
            ? screen : null;
    }

    private static string Fingerprint(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
