using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Philly311.Ops.Silo.Ingest;

namespace Philly311.Ops.Silo.Tests.Ingest;

public sealed class IngestOptionsValidatorTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(IngestOptionsValidator.DevelopmentKey)]
    public void ProductionRefusesAMissingOrPublicKeyNamingTheSetting(string key)
    {
        var result = new IngestOptionsValidator(Environment("Production")).Validate(null, new IngestOptions { ApiKey = key });

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain("Ingest:ApiKey");
    }

    [Fact]
    public void DevelopmentTakesTheDevelopmentKey()
    {
        new IngestOptionsValidator(Environment("Development")).Validate(null, new IngestOptions { ApiKey = IngestOptionsValidator.DevelopmentKey })
            .Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void ProductionTakesAKeyOfItsOwn()
    {
        new IngestOptionsValidator(Environment("Production")).Validate(null, new IngestOptions { ApiKey = "a-secret-of-this-deployment" })
            .Succeeded.ShouldBeTrue();
    }

    private static IHostEnvironment Environment(string name) => new Host(name);

    private sealed class Host(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Philly311.Ops.Silo";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
