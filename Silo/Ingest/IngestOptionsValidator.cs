using Microsoft.Extensions.Options;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// Refuses to start an ingest that anyone could write to: outside Development the key must be configured, and must
/// not be the development key every clone of this repository knows. Limits must be positive.
/// </summary>
public sealed class IngestOptionsValidator(IHostEnvironment environment) : IValidateOptions<IngestOptions>
{
    public const string DevelopmentKey = "dev-ingest-key";

    public ValidateOptionsResult Validate(string? name, IngestOptions options)
    {
        var failures = new List<string>();
        if (!environment.IsDevelopment())
        {
            if (string.IsNullOrWhiteSpace(options.ApiKey))
                failures.Add($"Ingest:ApiKey is required in {environment.EnvironmentName} (environment variable Ingest__ApiKey); without it nobody can send events.");
            else if (options.ApiKey == DevelopmentKey)
                failures.Add($"Ingest:ApiKey is the development key '{DevelopmentKey}', which is public; set a secret key for {environment.EnvironmentName}.");
        }
        if (options.MaxEventBytes <= 0) failures.Add("Ingest:MaxEventBytes must be positive.");
        if (options.MaxBulkBytes <= 0) failures.Add("Ingest:MaxBulkBytes must be positive.");
        if (options.MaxLineBytes <= 0) failures.Add("Ingest:MaxLineBytes must be positive.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
