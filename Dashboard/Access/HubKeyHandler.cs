using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>
/// A service on the hub (LoadTests readers, an integration) sends one of <see cref="AccessOptions.HubKeys"/> as
/// <c>Authorization: Bearer {key}</c>; a browser's WebSocket, which can't set headers, as <c>?access_token=</c>.
/// </summary>
public sealed class HubKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessSettings settings) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string BearerPrefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Sent(Request);
        if (key is null) return Task.FromResult(AuthenticateResult.NoResult());
        var sent = Encoding.UTF8.GetBytes(key);
        foreach (var (name, configured) in settings.Current.HubKeys)
        {
            if (!CryptographicOperations.FixedTimeEquals(sent, Encoding.UTF8.GetBytes(configured))) continue;
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, OpsRoles.Service)], Scheme.Name, ClaimTypes.Name, ClaimTypes.Role);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
        }
        return Task.FromResult(AuthenticateResult.Fail("The hub key is not valid."));
    }

    public static string? Sent(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)) return header[BearerPrefix.Length..].Trim();
        return ResourcePath.IsHub(request.Path.Value) && request.Query[OpsAuthSchemes.AccessTokenQuery].ToString() is { Length: > 0 } query ? query : null;
    }
}
