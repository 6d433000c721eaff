namespace Philly311.Ops.Dashboard.Access;

/// <summary>A configured person: a role, a department for a supervisor, and a PBKDF2 hash of the password (never the password).</summary>
public sealed class AccessUser
{
    public string Role { get; set; } = "";

    public string? Department { get; set; }

    /// <summary><c>pbkdf2-sha256${iterations}${salt, base64}${hash, base64}</c>; see <see cref="PasswordHash"/>.</summary>
    public string PasswordHash { get; set; } = "";
}
