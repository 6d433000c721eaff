using Bunit;
using MudBlazor.Services;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Contracts.Staffing;
using Philly311.Ops.Dashboard.Staffing;

namespace Philly311.Ops.Dashboard.Tests.Staffing;

public sealed class StaffingWhatIfTests : BunitContext
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 17, 0, 0, TimeSpan.Zero);

    public StaffingWhatIfTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    // 2,400 calls an hour of 180 s against 80 % in 20 s: the textbook 1,200 per 30 minutes, which needs 127 agents.
    private static QueueFrame Frame(long working) => new(
        "queue:general", Now, 1, "2026-12-01", 12, Now.AddSeconds(-40), 900, 850, 30, 0.8, 0.78, 0.8, 20, 15, 180, 0.03,
        new AgentCounts((int)working, 0, 0, 0, 0), new QueueStaffing(127, working, 2400, 180, null), null, [], [], []);

    [Fact]
    public void ItStartsFromTheLiveQueueAndSaysHowManyAgentsAreShort()
    {
        var whatIf = Render<StaffingWhatIf>(p => p.Add(x => x.Frame, Frame(working: 100)));

        whatIf.Markup.ShouldContain("2400 contacts / hour, 3:00 handle time");
        var answer = whatIf.Find(".what-if-answer");
        answer.TextContent.ShouldContain("127 agents needed for 80 % answered in 20 s");
        answer.GetAttribute("data-short").ShouldBe("27");
        answer.TextContent.ShouldContain("100 working now: 27 short");
    }

    [Fact]
    public void MoreVolumeNeedsMoreAgentsThroughTheSameErlangCAsTheApi()
    {
        var whatIf = Render<StaffingWhatIf>(p => p.Add(x => x.Frame, Frame(working: 130)));
        whatIf.Find(".what-if-answer").GetAttribute("data-short").ShouldBe("0");

        whatIf.Find("[data-field=volume]").Change("20");

        var expected = StaffingPlan.For(2400 * 1.2, 3600, 180, 20, 0.8)!.Agents;
        expected.ShouldBeGreaterThan(130);
        whatIf.Find(".what-if-answer").TextContent.ShouldContain($"{expected} agents needed");
        whatIf.Find(".what-if-answer").GetAttribute("data-short").ShouldBe((expected - 130).ToString());
    }

    [Fact]
    public void ALongerHandleTimeAndAStricterTargetChangeTheAnswerAndBackToNowRestoresIt()
    {
        var whatIf = Render<StaffingWhatIf>(p => p.Add(x => x.Frame, Frame(working: 127)));

        whatIf.Find("[data-field=handle]").Change("240");
        whatIf.Find("[data-field=target]").Change("90");

        var expected = StaffingPlan.For(2400, 3600, 240, 20, 0.9)!.Agents;
        whatIf.Find(".what-if-answer").TextContent.ShouldContain($"{expected} agents needed for 90 % answered in 20 s");
        whatIf.Find("[data-action=reset]").Click();
        whatIf.Find(".what-if-answer").TextContent.ShouldContain("127 agents needed for 80 % answered in 20 s");
    }

    [Theory]
    [InlineData("volume", "-100", "Volume change")]
    [InlineData("volume", "5000", "Volume change")]
    [InlineData("handle", "0", "Handle time")]
    [InlineData("target", "100", "Target")]
    [InlineData("within", "-1", "Answer within")]
    public void AnImpossibleInputIsNamedInsteadOfComputed(string field, string value, string named)
    {
        var whatIf = Render<StaffingWhatIf>(p => p.Add(x => x.Frame, Frame(working: 100)));

        whatIf.Find($"[data-field={field}]").Change(value);

        whatIf.Find("[data-refusal]").TextContent.ShouldContain(named);
        whatIf.FindAll(".what-if-answer").ShouldBeEmpty();
    }

    [Fact]
    public void ALoadNoStaffingCanMeetIsSaidInWordsNotAsANumber()
    {
        var frame = Frame(working: 10) with { Staffing = new QueueStaffing(null, 10, 20_000_000, 7200, null) };

        var whatIf = Render<StaffingWhatIf>(p => p.Add(x => x.Frame, frame));

        whatIf.Find(".what-if-answer").GetAttribute("data-short").ShouldBe("unplannable");
        whatIf.Find(".what-if-answer").TextContent.ShouldContain("no staffing reaches");
    }
}
