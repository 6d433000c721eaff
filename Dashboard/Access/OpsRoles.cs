namespace Philly311.Ops.Dashboard.Access;

/// <summary>Role claim values. People sign in as the first three; the last two are machines.</summary>
public static class OpsRoles
{
    public const string Director = "director";
    public const string Liaison = "liaison";

    /// <summary>A department supervisor: sees its own department (claim <see cref="OpsClaims.Department"/>).</summary>
    public const string Supervisor = "supervisor";

    /// <summary>A wallboard display token: read-only, one screen.</summary>
    public const string Display = "display";

    /// <summary>A service key on the hub (LoadTests readers, integrations): reads every group, opens no page.</summary>
    public const string Service = "service";

    public static readonly IReadOnlySet<string> People = new HashSet<string>(StringComparer.Ordinal) { Director, Liaison, Supervisor };
}
