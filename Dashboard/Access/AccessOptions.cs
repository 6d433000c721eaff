namespace Philly311.Ops.Dashboard.Access;

/// <summary>
/// Section <c>Access</c>. Users and display tokens are keyed by name, so one can be added, changed or removed by a
/// single setting (<c>Access__DisplayTokens__lobby__Revoked=true</c>); both are read on every request through
/// <c>IOptionsMonitor</c>, so a change applies without a restart.
/// </summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    public Dictionary<string, AccessUser> Users { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, DisplayTokenOptions> DisplayTokens { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Service keys accepted on the hub as <c>Authorization: Bearer {key}</c> (or <c>?access_token=</c>), by name.</summary>
    public Dictionary<string, string> HubKeys { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public OidcSettings Oidc { get; set; } = new();

    /// <summary>Failed sign-ins allowed per account and client address in <see cref="FailedSignInWindow"/>; four times as many per address.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan FailedSignInWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The Redis stream of the audit log (same hash tag as the counters).</summary>
    public string AuditKey { get; set; } = "{ops}:audit";
}
