namespace Philly311.Ops.Dashboard.Access;

/// <summary>
/// Section <c>Access:Oidc</c>: an OpenID Connect provider (the city's Entra ID, Okta, Keycloak …) signs people in instead
/// of configured users. Roles come from <see cref="RoleClaim"/> (values mapped through <see cref="RoleMap"/>, or taken
/// as they are when they already are <c>director</c>, <c>liaison</c> or <c>supervisor</c>); a supervisor's department from
/// <see cref="DepartmentClaim"/>.
/// </summary>
public sealed class OidcSettings
{
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string RoleClaim { get; set; } = "roles";

    public string DepartmentClaim { get; set; } = "department";

    public string NameClaim { get; set; } = "preferred_username";

    /// <summary>Provider value → our role, e.g. <c>"311-Ops-Directors": "director"</c>.</summary>
    public Dictionary<string, string> RoleMap { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string CallbackPath { get; set; } = "/signin-oidc";

    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
