using Philly311.Ops.LoadTests.ContactCenter;
using static Philly311.Ops.LoadTests.Tests.ContactCenter.SimulatedDay;

namespace Philly311.Ops.LoadTests.Tests.ContactCenter;

public sealed class ProfileLoaderTests
{
    private const string Minimal = """
        shapes:
          flat: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
        queues:
          - { name: general, channel: phone, per_day: 240, shape: flat, languages: { en: 1 }, handle: { mean_seconds: 200 }, patience_seconds: 120 }
        shifts:
          - { name: day, start: "08:00", end: "16:00", agents: 3, skills: [general] }
        """;

    [Fact]
    public void TheShippedWeekdayKeepsThePublishedCallFigures()
    {
        var phone = Shipped.Queues.Where(q => q.Channel == "phone").ToList();

        phone.Sum(q => q.HourlyRates.Sum()).ShouldBe(3_800, 0.001, "3,500–4,000 calls on a normal Tuesday (Inquirer 2011)");
        phone.Sum(q => q.HourlyRates.Take(13).Sum()).ShouldBe(1_500, 0.001, "~1,500 by 1 pm on a normal Monday (Inquirer 2011)");
        phone.ShouldAllBe(q => q.HourlyRates.Take(8).Sum() == 0 && q.HourlyRates.Skip(20).Sum() == 0, "phones answered 8 am – 8 pm");
        Shipped.Queue("general").Handle.MeanSeconds.ShouldBe(204, "the published average call, 3 min 24 s");
        Shipped.Queues.Select(q => q.Channel).Distinct().Count().ShouldBe(6);
    }

    [Fact]
    public void TheShippedGeneralLineTransfersToTheDepartmentLinesOnly()
    {
        var general = Shipped.Queue("general").Transfers;

        general.Targets.ShouldBe(["licenses-inspections", "streets-sanitation", "water"]);
        general.Percent.ShouldBe(7.5);
    }

    [Fact]
    public void AMinimalProfileSpreadsItsDayOverItsShape()
    {
        var profile = ProfileLoader.Parse(Minimal);

        profile.Queue("general").HourlyRates.ShouldAllBe(r => r == 10);
        profile.Shifts.Single().Agents.ShouldBe(3);
    }

    [Theory]
    [InlineData("patience_seconds: 120", "patience_seconds: 120, colour: red", "line")]
    [InlineData("skills: [general]", "skills: [water]", "skill 'water' is not a queue")]
    [InlineData("channel: phone", "channel: fax", "channel 'fax'")]
    [InlineData("shape: flat", "shape: round", "shape 'round'")]
    [InlineData("1, 1]", "1]", "24 hourly weights")]
    [InlineData("start: \"08:00\"", "start: \"8am\"", "city wall-clock time")]
    [InlineData("patience_seconds: 120 }", "patience_seconds: 120, transfers: { water: 5 } }", "transfers.water is not a queue")]
    [InlineData("patience_seconds: 120 }", "patience_seconds: 120, transfers: { general: 5 } }", "transfers.general is the queue itself")]
    [InlineData("patience_seconds: 120 }", "patience_seconds: 120, transfers: { water: 101 } }", "transfers.water must be 0–100")]
    [InlineData("patience_seconds: 120 }",
        "patience_seconds: 120, transfers: { chat: 5 } }\n  - { name: chat, channel: web-chat, per_day: 10, shape: flat, languages: { en: 1 }, handle: { mean_seconds: 200 } }",
        "transfers.chat is a web-chat queue, not phone")]
    public void MistakesAreRefusedWithTheirPlace(string from, string to, string message)
    {
        var yaml = Minimal.Replace(from, to, StringComparison.Ordinal);

        Should.Throw<ProfileException>(() => ProfileLoader.Parse(yaml)).Message.ShouldContain(message);
    }
}
