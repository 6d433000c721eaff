using Microsoft.Extensions.Options;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>
/// Reads the Access settings once when the host starts, before any hosted service (the Orleans client may wait for a
/// silo): bad settings stop the process with their message. Validated through <see cref="AccessStartupGate"/>, which
/// never reloads, so a bad edit later is <see cref="AccessSettings"/>' to report, not a throw from the file watcher.
/// </summary>
public sealed class AccessStartupCheck(AccessSettings settings) : IValidateOptions<AccessStartupGate>
{
    public ValidateOptionsResult Validate(string? name, AccessStartupGate options)
    {
        try
        {
            _ = settings.Current;
            return ValidateOptionsResult.Success;
        }
        catch (OptionsValidationException ex)
        {
            return ValidateOptionsResult.Fail(ex.Failures);
        }
    }
}
