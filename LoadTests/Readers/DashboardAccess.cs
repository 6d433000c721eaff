namespace Philly311.Ops.LoadTests.Readers;

/// <summary>
/// How readers get into the dashboard: subscribers send a service key from its <c>Access:HubKeys</c> as
/// <c>Authorization: Bearer</c>; wallboard readers open <c>/wallboard?token=</c> with a display token.
/// </summary>
internal sealed record DashboardAccess(string HubKey, string DisplayToken)
{
    /// <summary>The keys of Dashboard/appsettings.Development.json, which run.sh's dashboard has.</summary>
    public const string DevelopmentHubKey = "dev-hub-key-philly311";
    public const string DevelopmentDisplayToken = "dev-wallboard-default-token";

    public const string AuthorizationHeader = "Authorization";

    public string Bearer => "Bearer " + HubKey;
}
