using Philly311.Ops.Dashboard.Alerts;

namespace Philly311.Ops.Dashboard.Tests.Alerts;

public sealed class ThresholdRulesTests
{
    [Fact]
    public void TheDefaultsPass()
    {
        new AlertOptionsValidator().Validate(null, new AlertOptions()).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void ARedServiceLevelAboveAmberOrAnAmberWaitAboveRedIsRefusedByName()
    {
        var errors = ThresholdRules.Check(new QueueThresholds { ServiceLevelAmberPercent = 70, ServiceLevelRedPercent = 80, OldestWaitAmberSeconds = 400, OldestWaitRedSeconds = 300 }, "queue");

        errors.ShouldContain(e => e.Contains("ServiceLevelRedPercent must not be above"));
        errors.ShouldContain(e => e.Contains("OldestWaitAmberSeconds must not be above"));
    }

    [Fact]
    public void PercentsOutsideZeroToHundredAndCountsUnderOneAreRefused()
    {
        ThresholdRules.Check(new QueueThresholds { ServiceLevelAmberPercent = 120 }, "q").ShouldContain(e => e.Contains("ServiceLevelAmberPercent must be between 0 and 100"));
        ThresholdRules.Check(new QueueThresholds { ServiceLevelRedPercent = double.NaN }, "q").ShouldNotBeEmpty();
        ThresholdRules.Check(new DepartmentThresholds { BreachedAmber = 0 }, "d").ShouldContain(e => e.Contains("BreachedAmber must be at least 1"));
        ThresholdRules.Check(new DepartmentThresholds { BreachedAmber = 20, BreachedRed = 5 }, "d").ShouldContain(e => e.Contains("BreachedAmber must not be above BreachedRed"));
    }

    [Fact]
    public void AtStartTheValidatorNamesTheBadConfigKey()
    {
        var options = new AlertOptions
        {
            Queues = { ["Spanish Line"] = new QueueThresholds(), ["main"] = new QueueThresholds { OldestWaitRedSeconds = 0 } },
            Departments = { ["streets"] = new DepartmentThresholds { BreachedRed = 1 } },
        };

        var result = new AlertOptionsValidator().Validate(null, options);

        result.Failed.ShouldBeTrue();
        result.Failures.ShouldContain(f => f.Contains("Alerts:Queues:Spanish Line is not a queue slug"));
        result.Failures.ShouldContain(f => f.Contains("Alerts:Queues:main:OldestWaitRedSeconds"));
        result.Failures.ShouldContain(f => f.Contains("Alerts:Departments:streets:BreachedAmber must not be above BreachedRed"));
    }
}
