namespace Philly311.Ops.Dashboard.Access;

/// <summary>Which scheme a request's credentials belong to; a person's cookie wins over a display token's.</summary>
public static class SchemeSelector
{
    public static string For(HttpContext context)
    {
        var request = context.Request;
        if (HubKeyHandler.Sent(request) is not null) return OpsAuthSchemes.HubKey;
        if (request.Cookies.ContainsKey(OpsAuthSchemes.UserCookie)) return OpsAuthSchemes.User;
        if (request.Cookies.ContainsKey(OpsAuthSchemes.DisplayCookie)) return OpsAuthSchemes.Display;
        if (ResourcePath.WallboardLayout(request.Path.Value) is not null && request.Query.ContainsKey(OpsAuthSchemes.TokenQuery)) return OpsAuthSchemes.Display;
        return OpsAuthSchemes.User;
    }
}
