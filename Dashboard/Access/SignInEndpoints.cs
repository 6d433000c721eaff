using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Philly311.Ops.Contracts.Access;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>
/// Sign-in and sign-out are plain form posts to minimal endpoints (a cookie can only be set on an HTTP response, not
/// over a circuit); both need the anti-forgery token the pages render. Failed attempts are throttled per account and address.
/// </summary>
public static partial class SignInEndpoints
{
    public const string SignInPage = "/signin";
    public const string DeniedPage = "/access/denied";
    public const string SignInPost = "/access/signin";
    public const string SignOutPost = "/access/signout";
    public const string OidcStart = "/access/signin/oidc";
    public const string WhoAmI = "/access/whoami";
    public const string RecentAudit = "/access/audit/recent";
    public const string ReturnUrl = "returnUrl";
    private const int MaxNameLength = 128;
    private const int MaxPasswordLength = 1024;

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost(SignInPost, SignInAsync).AllowAnonymous();
        app.MapPost(SignOutPost, SignOutAsync).AllowAnonymous().WithMetadata(new RequireAntiforgeryTokenAttribute());
        app.MapGet(OidcStart, (string? returnUrl, AccessSettings settings) => settings.Current.Oidc.Enabled
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalUrl(returnUrl) }, [OpsAuthSchemes.Oidc])
            : Results.NotFound()).AllowAnonymous();
        app.MapGet(WhoAmI, (HttpContext http) => Who(http.User)).RequireAuthorization(OpsPolicies.Reader);
        app.MapGet(RecentAudit, async (IAuditLog audit, CancellationToken cancellationToken) => Results.Ok(await audit.RecentAsync(100, cancellationToken)))
            .RequireAuthorization(OpsPolicies.Liaison);
        return app;
    }

    private static async Task<IResult> SignInAsync([FromForm] SignInForm form, HttpContext http, UserDirectory users, SignInThrottle throttle, IAuditLog audit, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(SignInEndpoints));
        var name = (form.Username ?? "").Trim();
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var returnUrl = LocalUrl(form.ReturnUrl);
        if (throttle.Blocked(address, name) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            LogThrottled(logger, address, seconds);
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return Results.Content(
                $"<!DOCTYPE html><title>Too many attempts</title><p>Too many failed sign-ins from here. Try again in {seconds} s.</p><p><a href=\"{SignInPage}\">Back to sign-in</a></p>",
                "text/html", statusCode: StatusCodes.Status429TooManyRequests);
        }
        var principal = name.Length is > 0 and <= MaxNameLength && form.Password is { Length: > 0 and <= MaxPasswordLength } password
            ? users.Verify(name, password)
            : null;
        if (principal is null)
        {
            throttle.Failed(address, name);
            LogFailed(logger, address);
            return Results.Redirect($"{SignInPage}?error=invalid&{ReturnUrl}={WebUtility.UrlEncode(returnUrl)}");
        }
        throttle.Succeeded(address, name);
        await http.SignInAsync(OpsAuthSchemes.User, principal);
        await audit.RecordAsync(principal, "signin", $"from {address}", http.RequestAborted);
        return Results.LocalRedirect(returnUrl);
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, IAuditLog audit)
    {
        if (http.User.Identity?.IsAuthenticated == true && !http.User.IsInRole(OpsRoles.Display) && !http.User.IsInRole(OpsRoles.Service))
            await audit.RecordAsync(http.User, "signout", "", http.RequestAborted);
        await http.SignOutAsync(OpsAuthSchemes.User);
        http.Response.Cookies.Delete(OpsAuthSchemes.DisplayCookie);
        return Results.Redirect(SignInPage);
    }

    private static IResult Who(System.Security.Claims.ClaimsPrincipal user) => Results.Ok(new SignedInAs(
        user.Identity?.Name ?? "", OpsIdentity.RoleOf(user), user.FindFirst(OpsClaims.Department)?.Value, user.FindFirst(OpsClaims.Layout)?.Value));

    /// <summary>Only a path on this site: an absolute or protocol-relative return URL would make sign-in an open redirect.</summary>
    public static string LocalUrl(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in from {Address}")]
    private static partial void LogFailed(ILogger logger, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in from {Address} throttled for {Seconds} s after repeated failures")]
    private static partial void LogThrottled(ILogger logger, string address, int seconds);
}
