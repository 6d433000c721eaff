using Philly311.Ops.LoadTests.Injection;
using Philly311.Ops.LoadTests.Scenarios;

namespace Philly311.Ops.LoadTests.Tests.Scenarios;

public sealed class ScenarioLoaderTests
{
    public static TheoryData<string> Shipped => new(["smoke", "hurricane", "blizzard", "papal-visit", "parade-replay", "knee", "million"]);

    [Theory]
    [MemberData(nameof(Shipped))]
    public void EveryShippedScenarioLoads(string name)
    {
        var scenario = ScenarioLoader.Load(name, 1);

        scenario.Name.ShouldBe(name);
        scenario.Description.ShouldNotBeEmpty();
    }

    [Fact]
    public void SmokeFitsInTwentySeconds()
    {
        var smoke = ScenarioLoader.Load("smoke", 1);

        var baseline = smoke.Baseline!.During * 2 + TimeSpan.FromSeconds(2);
        (smoke.Duration + baseline).ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void ScaleMultipliesRatesReadersAndBulk()
    {
        const string yaml = """
            readers: { subscribers: 10, wallboards: 2 }
            bulk_probe: { events: 1000 }
            steps:
              - name: a
                inject: { rate: 50, during: 10s }
              - name: b
                spike: { rate: 10, peak: 100, at: 2s, for: 1s, during: 5s }
                readers: { subscribers: 20 }
            """;

        var scenario = ScenarioLoader.Parse(yaml, "x", 3);

        scenario.Steps[0].Curve.TotalArrivals.ShouldBe(1500);
        scenario.Steps[0].Readers.Subscribers.ShouldBe(30);
        scenario.Steps[0].Readers.Wallboards.ShouldBe(6);
        scenario.Steps[0].Readers.Groups.ShouldBe(["city"]);
        scenario.Steps[1].Readers.Subscribers.ShouldBe(60);
        scenario.Steps[1].Readers.Wallboards.ShouldBe(6);
        scenario.Steps[1].Curve.PeakRate.ShouldBe(300);
        scenario.BulkProbe!.Events.ShouldBe(3000);
    }

    [Fact]
    public void AStepMixOverridesTheScenarioMix()
    {
        const string yaml = """
            mix: { request: 1 }
            steps:
              - inject: { rate: 1, during: 1s }
              - inject: { rate: 1, during: 1s }
                mix: { contact: 3, faq: 1 }
            """;

        var scenario = ScenarioLoader.Parse(yaml, "x", 1);

        scenario.Uses(TrafficKind.Contact).ShouldBeTrue();
        scenario.Steps[0].Mix.Single(m => m.Weight > 0).Kind.ShouldBe(TrafficKind.Request);
        scenario.Steps[1].Name.ShouldBe("step 2");
    }

    [Theory]
    [InlineData("steps:\n  - inject: { rate: 1, during: 1s }\n    ramping_inject: { from: 1, to: 2, during: 1s }\n", "exactly one")]
    [InlineData("steps:\n  - inject: { rate: 1, durring: 1s }\n", "line")]
    [InlineData("steps:\n  - inject: { rate: 1, during: soon }\n", "not a duration")]
    [InlineData("steps:\n  - inject: { rate: -5, during: 1s }\n", "rate")]
    [InlineData("steps:\n  - inject: { rate: 1, during: 3h }\n", "2 h")]
    [InlineData("name: nothing\n", "at least one step")]
    public void MistakesAreRefusedWithTheirPlace(string yaml, string message)
    {
        Should.Throw<ScenarioException>(() => ScenarioLoader.Parse(yaml, "x", 1)).Message.ShouldContain(message);
    }

    [Fact]
    public void JsonScenariosReadToo()
    {
        const string json = """{"name":"j","steps":[{"name":"one","inject":{"rate":5,"during":"2s"}}]}""";

        ScenarioLoader.Parse(json, "x", 1).Steps[0].Curve.TotalArrivals.ShouldBe(10);
    }

    [Theory]
    [InlineData("500ms", 0.5)]
    [InlineData("20s", 20)]
    [InlineData("2m", 120)]
    [InlineData("1.5h", 5400)]
    [InlineData("7", 7)]
    public void DurationsReadLikeNBombers(string text, double seconds)
    {
        DurationText.Parse(text, "t").TotalSeconds.ShouldBe(seconds);
    }

    [Fact]
    public void KneeRatesStopAtTheMaxAndAtTheStepCap()
    {
        var knee = new KneePlan(100, 100, 450, TimeSpan.FromSeconds(1), 0, 500, 500, 0.01);
        var endless = new KneePlan(1, 1, 1e9, TimeSpan.FromSeconds(1), 0, 500, 500, 0.01);

        knee.Rates().ShouldBe([100, 200, 300, 400]);
        endless.Rates().Count().ShouldBe(KneePlan.MaxSteps);
    }

    [Fact]
    public void TheShippedKneeRunsToSixThousandWithTheDesignBudget()
    {
        var knee = ScenarioLoader.Load("knee", 1).Knee.ShouldNotBeNull();

        knee.GlassP99Ms.ShouldBe(250);
        knee.RunTo.ShouldBe(6_000);
        knee.Subscribers.ShouldBe(1_000);
        knee.Rates().ShouldContain(5_000);
    }
}
