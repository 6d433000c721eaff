using Microsoft.Extensions.Options;

namespace Philly311.Ops.Dashboard.Alerts;

/// <summary>Refuses to start with thresholds that could never fire sensibly, naming each bad key.</summary>
public sealed class AlertOptionsValidator : IValidateOptions<AlertOptions>
{
    public ValidateOptionsResult Validate(string? name, AlertOptions options)
    {
        var errors = new List<string>();
        errors.AddRange(ThresholdRules.Check(options.Default, $"{AlertOptions.Section}:Default"));
        errors.AddRange(ThresholdRules.Check(options.DepartmentDefault, $"{AlertOptions.Section}:DepartmentDefault"));
        foreach (var (slug, t) in options.Queues)
        {
            if (!ThresholdRules.QueueSlugOk(slug)) errors.Add($"{AlertOptions.Section}:Queues:{slug} is not a queue slug (a-z, 0-9, '-').");
            errors.AddRange(ThresholdRules.Check(t, $"{AlertOptions.Section}:Queues:{slug}"));
        }
        foreach (var (key, t) in options.Departments)
        {
            if (!ThresholdRules.DepartmentKeyOk(key)) errors.Add($"{AlertOptions.Section}:Departments:{key} is not a department key.");
            errors.AddRange(ThresholdRules.Check(t, $"{AlertOptions.Section}:Departments:{key}"));
        }
        if (options.LogKeep is < 10 or > 100_000) errors.Add($"{AlertOptions.Section}:LogKeep must be between 10 and 100000.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
