using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Philly311.Ops.Dashboard.Alerts;

namespace Philly311.Ops.Dashboard.Tests.Alerts;

/// <summary>The strip says each level in words with an icon, so it reads the same without color.</summary>
public sealed class AlertStripTests : BunitContext
{
    private static readonly DateTimeOffset At = new(2026, 1, 15, 15, 0, 0, TimeSpan.Zero);
    private readonly ActiveAlerts _active = new();

    public AlertStripTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(_active);
    }

    [Fact]
    public void WithNothingActiveItSaysSoInWords()
    {
        var strip = Render<AlertStrip>();

        strip.Find("[data-level='ok']").TextContent.ShouldContain("No alerts");
    }

    [Fact]
    public void EachAlertHasAnIconTheLevelInWordsAndWhatCrossedWhichThreshold()
    {
        var strip = Render<AlertStrip>();

        _active.Set(
        [
            new AlertReading("queue:main", "Main", AlertLevel.Amber, AlertEvaluation.ServiceLevel, "75 %", "< 80 %", At),
            new AlertReading("department:streets", "Streets Department", AlertLevel.Red, AlertEvaluation.Breached, "64", "≥ 50", At),
            new AlertReading("queue:quiet", "Quiet", AlertLevel.Ok, AlertEvaluation.ServiceLevel, "95 %", "< 80 %", At),
        ]);

        strip.WaitForAssertion(() => strip.FindAll(".alert-item").Count.ShouldBe(2));
        var red = strip.Find("[data-subject='department:streets']");
        red.QuerySelector("svg").ShouldNotBeNull();
        red.QuerySelector(".alert-word")!.TextContent.ShouldBe("RED");
        red.TextContent.ShouldContain("Streets Department: requests past due 64 (threshold ≥ 50)");
        var amber = strip.Find("[data-subject='queue:main']");
        amber.QuerySelector("svg").ShouldNotBeNull();
        amber.QuerySelector(".alert-word")!.TextContent.ShouldBe("AMBER");
        strip.FindAll(".alert-item")[0].GetAttribute("data-subject").ShouldBe("department:streets");
        strip.Markup.ShouldNotContain("Quiet");
    }
}
