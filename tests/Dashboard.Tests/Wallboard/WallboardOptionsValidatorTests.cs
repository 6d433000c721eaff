using Microsoft.Extensions.Configuration;
using Philly311.Ops.Dashboard.Wallboard;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Dashboard.Tests.Wallboard;

public sealed class WallboardOptionsValidatorTests
{
    private static readonly WallboardOptionsValidator Validator = new();

    [Fact]
    public void TheShippedLayoutsAreValidAndIncludeTheDefault()
    {
        var options = new WallboardOptions();
        new ConfigurationBuilder().AddJsonFile(Path.Combine(RepoRoot.Path, "Dashboard", "appsettings.json")).Build()
            .GetSection(WallboardOptions.Section).Bind(options);

        Validator.Validate(null, options).Succeeded.ShouldBeTrue();
        options.Layouts[WallboardOptions.DefaultLayout].Views.Count.ShouldBeGreaterThan(1, "the default cycles");
    }

    [Fact]
    public void EveryMistakeIsNamedBySetting()
    {
        var options = new WallboardOptions
        {
            Layouts = new()
            {
                ["lobby"] = new() { Views = ["city", "weather"], SecondsPerView = 1 },
                ["Bad Name"] = new() { Views = [] },
            },
        };

        var result = Validator.Validate(null, options);

        result.Failed.ShouldBeTrue();
        result.Failures.ShouldContain(f => f.Contains("Wallboard:Layouts:default is missing"));
        result.Failures.ShouldContain(f => f.Contains("Wallboard:Layouts:lobby:Views has 'weather'"));
        result.Failures.ShouldContain(f => f.Contains("Wallboard:Layouts:lobby:SecondsPerView is 1"));
        result.Failures.ShouldContain(f => f.Contains("Wallboard:Layouts:Bad Name: a layout name"));
        result.Failures.ShouldContain(f => f.Contains("Wallboard:Layouts:Bad Name:Views is empty"));
    }
}
