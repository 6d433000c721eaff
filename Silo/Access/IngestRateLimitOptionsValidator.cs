using Microsoft.Extensions.Options;

namespace Philly311.Ops.Silo.Access;

/// <summary>A limit of zero would refuse every sender: the start fails instead, naming the setting.</summary>
public sealed class IngestRateLimitOptionsValidator : IValidateOptions<IngestRateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestRateLimitOptions options)
    {
        List<string> failures = [];
        if (options.PermitsPerSecond <= 0)
            failures.Add($"{IngestRateLimitOptions.Section}:PermitsPerSecond must be positive (it is {options.PermitsPerSecond}).");
        if (options.Burst < options.PermitsPerSecond)
            failures.Add($"{IngestRateLimitOptions.Section}:Burst ({options.Burst}) must be at least PermitsPerSecond ({options.PermitsPerSecond}), or a key could never use its rate.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
