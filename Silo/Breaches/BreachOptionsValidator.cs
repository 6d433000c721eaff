using Microsoft.Extensions.Options;

namespace Philly311.Ops.Silo.Breaches;

/// <summary>A zero or negative SLA would breach every request at once; a sweep slower than the 1 s budget breaks the promise.</summary>
public sealed class BreachOptionsValidator : IValidateOptions<BreachOptions>
{
    private static readonly TimeSpan LongestSla = TimeSpan.FromDays(366);

    public ValidateOptionsResult Validate(string? name, BreachOptions options)
    {
        var failures = new List<string>();
        if (options.DefaultSla <= TimeSpan.Zero || options.DefaultSla > LongestSla)
            failures.Add($"Breaches:DefaultSla must be more than 0 and at most 366 days (is {options.DefaultSla}).");
        foreach (var (type, sla) in options.SlaByRequestType)
        {
            if (sla <= TimeSpan.Zero || sla > LongestSla)
                failures.Add($"Breaches:SlaByRequestType:{type} must be more than 0 and at most 366 days (is {sla}).");
        }
        if (options.SweepEvery < TimeSpan.FromMilliseconds(50) || options.SweepEvery > TimeSpan.FromSeconds(1))
            failures.Add($"Breaches:SweepEvery must be between 50 ms and 1 s (is {options.SweepEvery}).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
