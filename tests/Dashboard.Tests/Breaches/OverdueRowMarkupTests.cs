using Philly311.Ops.Contracts.Breaches;
using Philly311.Ops.Dashboard.Breaches;

namespace Philly311.Ops.Dashboard.Tests.Breaches;

public sealed class OverdueRowMarkupTests
{
    private static readonly DateTimeOffset Due = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void OverdueByTicksBySecondAndNamesAreEncoded()
    {
        var request = new OverdueRequest("SR-1", "pothole", "Pot <b>hole</b> & more", "streets", "Streets", "fishtown", "Fishtown", Due);

        var now = Due.AddHours(2);
        var cells = OverdueRowMarkup.Cells(request, now).Value;
        var again = OverdueRowMarkup.Cells(request, now.AddMilliseconds(500)).Value;

        ReferenceEquals(cells, again).ShouldBeTrue();
        cells.ShouldContain("Pot &lt;b&gt;hole&lt;/b&gt; &amp; more");
        cells.ShouldContain($"<td class=\"num overdue-by\">{OverdueText.Format(TimeSpan.FromHours(2))}</td>");
        OverdueRowMarkup.Cells(request, now.AddSeconds(61)).Value.ShouldContain(OverdueText.Format(TimeSpan.FromHours(2).Add(TimeSpan.FromSeconds(61))));
    }

}
