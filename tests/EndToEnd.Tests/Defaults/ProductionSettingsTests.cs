namespace Philly311.Ops.EndToEnd.Tests.Defaults;

/// <summary>In Production nothing guesses where Redis is: a missing connection string stops the start at once, and says which setting.</summary>
[Collection(DefaultsCollection.Name)]
public sealed class ProductionSettingsTests
{
    private static readonly TimeSpan FailFast = TimeSpan.FromSeconds(15);

    public static TheoryData<string> Programs => ["Silo", "Dashboard"];

    [Theory]
    [MemberData(nameof(Programs))]
    public async Task AProductionStartWithoutRedisConnectionStringFailsFastNamingTheSetting(string program)
    {
        Dictionary<string, string> environment = new(ContainerEnvironment.DashboardAccess)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["Ingest__ApiKey"] = "some-key",
            ["Orleans__ClusterId"] = "no-redis-" + Guid.NewGuid().ToString("N")[..8],
        };

        await using var process = program == "Silo" ? ContainerProcess.StartSilo(environment) : ContainerProcess.StartDashboard(environment);

        (await process.WaitForExitAsync(FailFast)).ShouldBeTrue($"{program} still running after {FailFast.TotalSeconds:0} s:\n{process.Output}");
        process.ExitCode.ShouldNotBe(0);
        process.Output.ShouldContain("ConnectionStrings:redis is required");
    }

    [Fact]
    public async Task AProductionDashboardWithNobodyToSignInFailsFastNamingTheSettings()
    {
        Dictionary<string, string> environment = new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["ConnectionStrings__redis"] = "127.0.0.1:1",
            ["Orleans__ClusterId"] = "no-users-" + Guid.NewGuid().ToString("N")[..8],
        };

        await using var process = ContainerProcess.StartDashboard(environment);

        (await process.WaitForExitAsync(FailFast)).ShouldBeTrue($"the dashboard still running after {FailFast.TotalSeconds:0} s:\n{process.Output}");
        process.ExitCode.ShouldNotBe(0);
        process.Output.ShouldContain("Access: nobody can sign in");
        process.Output.ShouldContain("Access:Oidc:Authority");
    }
}
