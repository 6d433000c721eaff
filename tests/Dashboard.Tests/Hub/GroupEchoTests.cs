using Philly311.Ops.Dashboard.Hub;

namespace Philly311.Ops.Dashboard.Tests.Hub;

public sealed class GroupEchoTests
{
    [Theory]
    [InlineData("city\n", "city\\u000A")]
    [InlineData("queue:general\r\n2026-12-01 fake log line", "queue:general\\u000D\\u000A2026-12-01 fake log line")]
    [InlineData("queue:general\u200B", "queue:general\\u200B")]
    [InlineData("\u202Equeue:general", "\\u202Equeue:general")]
    [InlineData("city\0", "city\\u0000")]
    [InlineData("\u0441ity", "\u0441ity")]
    [InlineData("hood:caf\u00E9 \U0001F600", "hood:caf\u00E9 \U0001F600")]
    public void InvisiblesAreWrittenAsEscapesAndVisibleTextStays(string group, string shown) =>
        GroupEcho.Of(group).ShouldBe(shown);

    [Fact]
    public void ALoneSurrogateIsWrittenAsAnEscape() =>
        // Built here: a lone surrogate in [InlineData] does not survive xunit's serialization of the case.
        GroupEcho.Of("x" + (char)0xD800 + "y").ShouldBe("x\\uD800y");

    [Fact]
    public void ALongNameIsCutAndSaysHowLongItWas()
    {
        var shown = GroupEcho.Of("queue:" + new string('a', 10_000));

        shown.Length.ShouldBeLessThan(GroupEcho.MaxShown + 30);
        shown.ShouldEndWith("… (10,006 characters)");
    }
}
