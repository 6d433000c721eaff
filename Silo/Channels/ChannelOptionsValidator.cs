using Microsoft.Extensions.Options;
using Philly311.Ops.Contracts.Push;

namespace Philly311.Ops.Silo.Channels;

/// <summary>
/// Refuses a channel setup that could leak a drill or accept forged callbacks: an exercise route to a non-sandbox provider,
/// a route to an unknown provider, and — outside Development — a webhook provider without its own secret, or with the
/// public development one. With no providers at all the silo starts and pushes are refused (nothing can be sent).
/// </summary>
public sealed class ChannelOptionsValidator(IHostEnvironment environment) : IValidateOptions<ChannelOptions>
{
    public const string DevelopmentSecretPrefix = "dev-";

    public ValidateOptionsResult Validate(string? name, ChannelOptions options)
    {
        var failures = new List<string>();
        foreach (var (route, set, exercise) in new[] { ("Live", options.Live, false), ("Exercise", options.Exercise, true) })
        {
            foreach (var (channel, provider) in set)
            {
                if (!Enum.TryParse<PushChannel>(channel, ignoreCase: true, out _))
                    failures.Add($"Channels:{route}:{channel} is not a channel ({string.Join(", ", Enum.GetNames<PushChannel>())}).");
                else if (!options.Providers.TryGetValue(provider, out var p))
                    failures.Add($"Channels:{route}:{channel} names provider '{provider}', which Channels:Providers does not define.");
                else if (exercise && !p.Sandbox)
                    failures.Add($"Channels:Exercise:{channel} names provider '{provider}', which is not a sandbox: an exercise must never reach a real channel.");
            }
        }
        foreach (var (provider, p) in options.Providers)
        {
            if (p.Kind == ProviderKind.Webhook)
            {
                if (!Uri.TryCreate(p.Url, UriKind.Absolute, out _)) failures.Add($"Channels:Providers:{provider}:Url must be an absolute URL.");
                if (!environment.IsDevelopment())
                {
                    if (p.Secret.Length < 16)
                        failures.Add($"Channels:Providers:{provider}:Secret is required in {environment.EnvironmentName} (at least 16 characters; environment variable Channels__Providers__{provider}__Secret): without it any caller could forge delivery statuses.");
                    else if (p.Secret.StartsWith(DevelopmentSecretPrefix, StringComparison.Ordinal))
                        failures.Add($"Channels:Providers:{provider}:Secret is a development secret, which is public; set one for {environment.EnvironmentName}.");
                }
            }
            if (p.Kind == ProviderKind.Smtp && (p.Host.Length == 0 || p.From.Length == 0 || p.To.Length == 0))
                failures.Add($"Channels:Providers:{provider}: an SMTP provider needs Host, From and To.");
        }
        if (options.CallbackUrl.Length > 0 && !Uri.TryCreate(options.CallbackUrl, UriKind.Absolute, out _))
            failures.Add("Channels:CallbackUrl must be the absolute URL providers call back (the silos' load balancer); leave it empty to use each silo's own address.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
