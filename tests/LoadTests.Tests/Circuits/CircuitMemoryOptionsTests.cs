using Philly311.Ops.LoadTests.Circuits;
using Philly311.Ops.LoadTests.Cli;

namespace Philly311.Ops.LoadTests.Tests.Circuits;

public sealed class CircuitMemoryOptionsTests
{
    private static CircuitMemoryOptions Parse(params string[] args) => CircuitMemoryOptions.From(CommandLine.Parse(args, CircuitMemoryOptions.Flags));

    [Fact]
    public void WithoutArgumentsItSelfHostsBothSeriesAtFiveTenTwentyFortyTabs()
    {
        var options = Parse();

        options.Tabs.ShouldBe([5, 10, 20, 40]);
        options.Target.ShouldBeNull();
        options.Wallboard.ShouldBeTrue();
        options.RetentionWait.ShouldBe(TimeSpan.FromSeconds(200));
    }

    [Fact]
    public void StepsMustRiseAndBeEnoughForASlope()
    {
        Should.Throw<UsageException>(() => Parse("--tabs", "5,5,10"));
        Should.Throw<UsageException>(() => Parse("--tabs", "5,10"));
        Should.Throw<UsageException>(() => Parse("--tabs", "0,5,10"));
    }

    [Fact]
    public void ATargetNeedsTheDashboardPidADirectorAndADisplayToken()
    {
        Should.Throw<UsageException>(() => Parse("--target", "http://127.0.0.1:5090", "--user", "d", "--password", "p"));
        Should.Throw<UsageException>(() => Parse("--target", "http://127.0.0.1:5090", "--dashboard-pid", "42", "--user", "d", "--password", "p"))
            .Message.ShouldContain("--display-token");

        var options = Parse("--target", "http://127.0.0.1:5090", "--dashboard-pid", "42", "--user", "d", "--password", "p", "--no-wallboard");

        options.DashboardPid.ShouldBe(42);
        options.Wallboard.ShouldBeFalse();
    }
}
