namespace Philly311.Ops.Dashboard.Access;

/// <summary>Claim types of our own, beside the standard name and role claims.</summary>
public static class OpsClaims
{
    /// <summary>A supervisor's department code (as in the <c>dept:{code}</c> hub group).</summary>
    public const string Department = "ops:department";

    /// <summary>Where the identity came from: <c>config</c> (a configured user) or <c>oidc</c>; re-checked only for config.</summary>
    public const string Source = "ops:source";

    /// <summary>A display token's wallboard layout name.</summary>
    public const string Layout = "ops:layout";

    /// <summary>A SHA-256 of the token itself, so a token replaced under the same name no longer passes.</summary>
    public const string TokenFingerprint = "ops:token";

    public const string SourceConfig = "config";
    public const string SourceOidc = "oidc";
}
