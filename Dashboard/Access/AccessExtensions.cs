using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Philly311.Ops.Contracts.Access;
using StackExchange.Redis;

namespace Philly311.Ops.Dashboard.Access;

public static class AccessExtensions
{
    /// <summary>The data-protection key ring in Redis: every dashboard reads the others' cookies and anti-forgery tokens.</summary>
    public const string KeyRingKey = "{ops}:dataprotection-keys";

    /// <summary>
    /// Sign-in (configured users or OpenID Connect), wallboard display tokens, hub keys, the policies of
    /// <see cref="OpsPolicies"/>, circuits that re-check who they serve, and the audit log.
    /// </summary>
    public static WebApplicationBuilder AddOpsAccess(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.Section);
        services.AddSingleton<AccessOptionsValidator>();
        services.AddOptions<AccessStartupGate>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AccessStartupGate>, AccessStartupCheck>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AccessSettings>();
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<DisplayTokens>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<HubGroupAccess>();
        services.AddSingleton<DisplayConnections>();
        services.AddSingleton<IAuditLog, RedisAuditLog>();

        var authentication = services.AddAuthentication(OpsAuthSchemes.Ops)
            .AddPolicyScheme(OpsAuthSchemes.Ops, OpsAuthSchemes.Ops, o => o.ForwardDefaultSelector = SchemeSelector.For)
            .AddCookie(OpsAuthSchemes.User, UserCookie.Configure)
            .AddScheme<AuthenticationSchemeOptions, DisplayTokenHandler>(OpsAuthSchemes.Display, null)
            .AddScheme<AuthenticationSchemeOptions, HubKeyHandler>(OpsAuthSchemes.HubKey, null);
        // Whether OpenID Connect is on is a start-time decision; users and tokens stay reloadable.
        var oidc = builder.Configuration.GetSection($"{AccessOptions.Section}:Oidc").Get<OidcSettings>() ?? new OidcSettings();
        if (oidc.Enabled) authentication.AddOpenIdConnect(OpsAuthSchemes.Oidc, o => OidcSetup.Configure(o, oidc));

        services.AddAntiforgery();
        services.AddAuthorization(OpsPolicies.Add);
        services.AddSingleton<IAuthorizationHandler, ReaderHandler>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, OpsAuthenticationStateProvider>();

        services.AddDataProtection().SetApplicationName("philly311-ops");
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((o, sp) =>
            o.XmlRepository = new RedisXmlRepository(() => sp.GetRequiredService<IConnectionMultiplexer>().GetDatabase(), KeyRingKey));
        return builder;
    }

    public static WebApplication MapOpsAccess(this WebApplication app)
    {
        app.MapSignIn();
        return app;
    }
}
