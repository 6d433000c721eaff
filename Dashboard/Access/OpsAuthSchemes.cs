namespace Philly311.Ops.Dashboard.Access;

/// <summary>
/// The default scheme is <see cref="Ops"/>, which forwards each request to the one scheme its credentials belong to,
/// so every endpoint sees a single principal: a person (cookie), a wallboard (display token) or a service (hub key).
/// </summary>
public static class OpsAuthSchemes
{
    public const string Ops = "ops";
    public const string User = "ops-user";
    public const string Display = "ops-display";
    public const string HubKey = "ops-hub-key";
    public const string Oidc = "oidc";

    public const string UserCookie = ".p311.user";
    public const string DisplayCookie = ".p311.display";

    /// <summary>The query parameter a wallboard URL carries its display token in.</summary>
    public const string TokenQuery = "token";

    /// <summary>The query parameter browsers' SignalR clients carry a bearer in on WebSockets.</summary>
    public const string AccessTokenQuery = "access_token";
}
