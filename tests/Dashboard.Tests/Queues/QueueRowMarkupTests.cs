using Philly311.Ops.Dashboard.Queues;

namespace Philly311.Ops.Dashboard.Tests.Queues;

/// <summary>The row strings every circuit shares: built once per frame and second, ticking by the second.</summary>
public sealed class QueueRowMarkupTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TwoCircuitsInTheSameSecondShareOneStringAndTheNextSecondTicks()
    {
        var frame = QueueBoardTests.Frame("queue:general", waiting: 9, oldest: Now.AddSeconds(-30));

        var first = QueueRowMarkup.Cells(frame, Now.AddMilliseconds(100)).Value;
        var sameSecond = QueueRowMarkup.Cells(frame, Now.AddMilliseconds(900)).Value;
        var nextSecond = QueueRowMarkup.Cells(frame, Now.AddSeconds(1).AddMilliseconds(100)).Value;

        ReferenceEquals(first, sameSecond).ShouldBeTrue("one string per frame and second, whichever circuit asks");
        first.ShouldContain("<td class=\"num oldest-wait\">0:30</td>");
        nextSecond.ShouldContain("<td class=\"num oldest-wait\">0:31</td>");
    }

    [Fact]
    public void ANewFrameOfTheSameQueueGetsItsOwnString()
    {
        var before = QueueBoardTests.Frame("queue:water", waiting: 1);
        var after = QueueBoardTests.Frame("queue:water", waiting: 2, sequence: 2);

        QueueRowMarkup.Cells(before, Now).Value.ShouldContain("<td class=\"num\">1</td>");
        QueueRowMarkup.Cells(after, Now).Value.ShouldContain("<td class=\"num\">2</td>");
    }

    [Fact]
    public void IconsCarryTheirWordsAndACraftedKeyIsEncoded()
    {
        var frame = QueueBoardTests.Frame("queue:\"><script>x</script>", needed: 6, working: 4);

        var cells = QueueRowMarkup.Cells(frame, Now).Value;

        cells.ShouldNotContain("<script>");
        cells.ShouldContain("<title>Understaffed</title>");
        cells.ShouldContain("<span class=\"words\">short</span>");
        cells.ShouldContain("<title>Within target</title>");
    }
}
