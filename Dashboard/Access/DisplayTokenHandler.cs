using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>
/// A wallboard URL carries <c>?token=</c> once; the token is then kept in a cookie of its own (HttpOnly, path /), which the
/// page's circuit and hub connections send. Checked against the current configuration on every request.
/// </summary>
public sealed class DisplayTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    DisplayTokens tokens) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(30);

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var fromQuery = ResourcePath.WallboardLayout(Request.Path.Value) is not null ? Request.Query[OpsAuthSchemes.TokenQuery].ToString() : "";
        var token = fromQuery.Length > 0 ? fromQuery : Request.Cookies[OpsAuthSchemes.DisplayCookie] ?? "";
        if (token.Length == 0) return Task.FromResult(AuthenticateResult.NoResult());
        if (tokens.Authenticate(token) is not { } principal)
        {
            Response.Cookies.Delete(OpsAuthSchemes.DisplayCookie);
            return Task.FromResult(AuthenticateResult.Fail("The display token is unknown or revoked."));
        }
        if (fromQuery.Length > 0 && fromQuery != Request.Cookies[OpsAuthSchemes.DisplayCookie])
        {
            Response.Cookies.Append(OpsAuthSchemes.DisplayCookie, fromQuery, new CookieOptions
            {
                HttpOnly = true,
                Secure = Request.IsHttps,
                SameSite = SameSiteMode.Strict,
                Path = "/",
                MaxAge = CookieLifetime,
                IsEssential = true,
            });
        }
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name)));
    }
}
