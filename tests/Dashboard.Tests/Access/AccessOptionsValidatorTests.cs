using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Philly311.Ops.Dashboard.Access;
using Philly311.Ops.Dashboard.Tests.Hub;

namespace Philly311.Ops.Dashboard.Tests.Access;

/// <summary>Bad access settings stop the start with a message naming the setting; Production needs a way to sign in.</summary>
public sealed class AccessOptionsValidatorTests
{
    [Fact]
    public void ProductionWithNeitherUsersNorOpenIdConnectIsRefusedNamingBoth()
    {
        var result = Validator("Production").Validate(null, new AccessOptions());

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldNotBeNull().ShouldContain("Access:Oidc:Authority");
        result.FailureMessage.ShouldNotBeNull().ShouldContain("Access:Users:{name}:PasswordHash");
    }

    [Fact]
    public void DevelopmentSecretsAreRefusedOutsideDevelopmentOnly()
    {
        var options = new AccessOptions { HubKeys = { ["loadtests"] = "dev-hub-key-philly311" } };
        options.Users["liaison"] = new AccessUser { Role = OpsRoles.Liaison, PasswordHash = HubHost.PasswordHash };

        Validator("Production").Validate(null, options).FailureMessage.ShouldNotBeNull().ShouldContain("Access:HubKeys:loadtests is a development key");
        Validator("Development").Validate(null, options).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void APlainPasswordOrASupervisorWithoutDepartmentIsRefused()
    {
        var options = new AccessOptions();
        options.Users["a"] = new AccessUser { Role = OpsRoles.Liaison, PasswordHash = "hunter2" };
        options.Users["b"] = new AccessUser { Role = OpsRoles.Supervisor, PasswordHash = HubHost.PasswordHash };

        var result = Validator("Development").Validate(null, options);

        result.FailureMessage.ShouldNotBeNull().ShouldContain("Access:Users:a:PasswordHash");
        result.FailureMessage.ShouldNotBeNull().ShouldContain("Access:Users:b:Department");
    }

    [Fact]
    public void AHashMadeWithPythonVerifiesAndAWrongPasswordDoesNot()
    {
        PasswordHash.Verify(HubHost.Password, HubHost.PasswordHash).ShouldBeTrue();
        PasswordHash.Verify("e2e-passwore", HubHost.PasswordHash).ShouldBeFalse();
        PasswordHash.Verify("x", PasswordHash.Create("x", 10_000)).ShouldBeTrue();
    }

    private static AccessOptionsValidator Validator(string environment) => new(new Environment(environment));

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "tests";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
