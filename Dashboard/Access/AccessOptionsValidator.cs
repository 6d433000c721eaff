using Microsoft.Extensions.Options;
using Philly311.Ops.Contracts.Hub;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>
/// Checked at start and on every reload. Outside Development the dashboard refuses to start without a way to sign in
/// (configured users or OpenID Connect) and with any <c>dev-</c> secret, which is public in this repository.
/// </summary>
public sealed class AccessOptionsValidator(IHostEnvironment environment) : IValidateOptions<AccessOptions>
{
    private const int MinSecretLength = 16;
    private const string DevPrefix = "dev-";

    public ValidateOptionsResult Validate(string? name, AccessOptions options)
    {
        List<string> failures = [];
        var production = !environment.IsDevelopment();
        foreach (var (user, settings) in options.Users)
        {
            var key = $"Access:Users:{user}";
            if (!OpsRoles.People.Contains(settings.Role))
                failures.Add($"{key}:Role must be {OpsRoles.Director}, {OpsRoles.Liaison} or {OpsRoles.Supervisor} (was '{settings.Role}').");
            if (settings.Role == OpsRoles.Supervisor && !OpsGroups.IsValid(OpsGroups.Department(settings.Department ?? "")))
                failures.Add($"{key}:Department is required for a supervisor: a department code such as 'streets'.");
            if (!PasswordHash.IsWellFormed(settings.PasswordHash))
                failures.Add($"{key}:PasswordHash must be '{PasswordHash.Prefix}$<iterations>$<salt base64>$<hash base64>' (see README, Roles and sign-in); never a password.");
        }
        foreach (var (screen, settings) in options.DisplayTokens)
        {
            var key = $"Access:DisplayTokens:{screen}";
            if (settings.Token.Length < MinSecretLength) failures.Add($"{key}:Token must be at least {MinSecretLength} characters.");
            if (production && settings.Token.StartsWith(DevPrefix, StringComparison.Ordinal)) failures.Add($"{key}:Token is a development token; set a secret one outside Development.");
            if (!OpsGroups.IsValid(OpsGroups.Department(settings.Layout))) failures.Add($"{key}:Layout must be a wallboard layout name such as 'floor' (lowercase letters, digits, '-').");
            foreach (var group in settings.Groups.Where(g => !OpsGroups.IsValid(g))) failures.Add($"{key}:Groups has '{group}', which is no hub group.");
        }
        if (options.DisplayTokens.Values.GroupBy(t => t.Token, StringComparer.Ordinal).Any(g => g.Key.Length > 0 && g.Count() > 1))
            failures.Add("Access:DisplayTokens: two screens share one token; each screen needs its own.");
        foreach (var (service, key) in options.HubKeys)
        {
            if (key.Length < MinSecretLength) failures.Add($"Access:HubKeys:{service} must be at least {MinSecretLength} characters.");
            if (production && key.StartsWith(DevPrefix, StringComparison.Ordinal)) failures.Add($"Access:HubKeys:{service} is a development key; set a secret one outside Development.");
        }
        if (options.Oidc.Enabled && string.IsNullOrWhiteSpace(options.Oidc.ClientId)) failures.Add("Access:Oidc:ClientId is required when Access:Oidc:Authority is set.");
        if (production && options.Users.Count == 0 && !options.Oidc.Enabled)
        {
            failures.Add("Access: nobody can sign in. Outside Development configure OpenID Connect (Access:Oidc:Authority, Access:Oidc:ClientId, " +
                "Access:Oidc:ClientSecret) or users (Access:Users:{name}:Role and Access:Users:{name}:PasswordHash); the development users live only in appsettings.Development.json.");
        }
        if (options.MaxFailedSignIns < 1) failures.Add("Access:MaxFailedSignIns must be at least 1.");
        if (options.FailedSignInWindow <= TimeSpan.Zero) failures.Add("Access:FailedSignInWindow must be positive.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
