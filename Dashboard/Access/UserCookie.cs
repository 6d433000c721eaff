using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>
/// The people's session cookie. A browser asking for a page is sent to the sign-in page; anything else (the hub's
/// negotiate, a fetch, a wallboard TV with no one to type) gets a bare 401 or 403.
/// </summary>
public static class UserCookie
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = OpsAuthSchemes.UserCookie;
        options.Cookie.HttpOnly = true;
        // Lax, not Strict: the OpenID Connect provider's redirect back must carry it.
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = Lifetime;
        options.SlidingExpiration = true;
        options.LoginPath = SignInEndpoints.SignInPage;
        options.AccessDeniedPath = SignInEndpoints.DeniedPage;
        options.ReturnUrlParameter = SignInEndpoints.ReturnUrl;
        options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
        options.Events.OnValidatePrincipal = async context =>
        {
            if (context.Principal is { } principal && context.HttpContext.RequestServices.GetRequiredService<UserDirectory>().StillValid(principal)) return;
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(OpsAuthSchemes.User);
        };
    }

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (WantsPage(context.Request)) context.Response.Redirect(context.RedirectUri);
        else context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static bool WantsPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && ResourcePath.WallboardLayout(request.Path.Value) is null
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
