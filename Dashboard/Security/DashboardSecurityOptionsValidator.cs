using Microsoft.Extensions.Options;

namespace Philly311.Ops.Dashboard.Security;

public sealed class DashboardSecurityOptionsValidator : IValidateOptions<DashboardSecurityOptions>
{
    public ValidateOptionsResult Validate(string? name, DashboardSecurityOptions options) =>
        options.MaxHubConnectionsPerClient > 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{DashboardSecurityOptions.Section}:MaxHubConnectionsPerClient must be positive (it is {options.MaxHubConnectionsPerClient}); zero would refuse every hub client.");
}
