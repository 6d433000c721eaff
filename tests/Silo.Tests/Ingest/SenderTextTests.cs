using Philly311.Ops.Silo.Ingest;

namespace Philly311.Ops.Silo.Tests.Ingest;

public sealed class SenderTextTests
{
    [Fact]
    public void ALongValueIsQuotedToTheCapWithAnEllipsis()
    {
        var quoted = SenderText.Quote(new string('x', 10_000));

        quoted.ShouldBe(new string('x', SenderText.MaxEcho) + "…");
    }

    [Fact]
    public void ControlAndBidiCharactersAreWrittenAsEscapes()
    {
        SenderText.Quote("a\u0000b\u001b[31m\u202e").ShouldBe("a\\u0000b\\u001B[31m\\u202E");
    }

    [Fact]
    public void ASurrogatePairIsKeptWholeAtTheCap()
    {
        var quoted = SenderText.Quote(new string('x', SenderText.MaxEcho - 1) + "😀😀");

        quoted.ShouldBe(new string('x', SenderText.MaxEcho - 1) + "😀…");
    }
}
