using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Philly311.Ops.Silo.Queues;

/// <summary>Every queue's settings in range, named by queue, so a bad override fails the start with a clear message.</summary>
public sealed class QueueOptionsValidator : IValidateOptions<QueueOptions>
{
    public ValidateOptionsResult Validate(string? name, QueueOptions options)
    {
        var failures = new List<string>();
        foreach (var (slug, settings) in options.PerQueue.Prepend(new("Default", options.Default)))
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(settings, new ValidationContext(settings), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(r => $"Queues:{(slug == "Default" ? "Default" : "PerQueue:" + slug)}: {r.ErrorMessage}"));
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
