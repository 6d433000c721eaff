using Bunit;
using MudBlazor.Services;
using Philly311.Ops.Contracts.Faq;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Dashboard.Events;
using Philly311.Ops.Dashboard.Push;

namespace Philly311.Ops.Dashboard.Tests.Push;

public sealed class PushMatrixTests : BunitContext
{
    public PushMatrixTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    private static PushFrame Frame(params MatrixCell[] cells) => new("p1", "e1", false, DateTimeOffset.UnixEpoch, "liaison",
        ["en", "ar"], [PushChannel.Sms, PushChannel.Email], cells, StatusCounts.Count([]), [], 1, DateTimeOffset.UnixEpoch);

    [Fact]
    public void EachCellShowsDeliveredOfTotalAndWhatIsStillMoving()
    {
        var frame = Frame(
            new MatrixCell("en", PushChannel.Sms, new StatusCounts(0, 0, 12, 0, 0, 0, 0)),
            new MatrixCell("en", PushChannel.Email, new StatusCounts(1, 2, 5, 1, 2, 1, 0)),
            new MatrixCell("ar", PushChannel.Sms, new StatusCounts(0, 3, 0, 0, 0, 0, 0)));

        var matrix = Render<PushMatrix>(p => p.Add(m => m.Frame, frame));

        var enSms = matrix.Find("tr[data-language=en] td[data-channel=Sms]");
        enSms.TextContent.ShouldContain("12/12");
        enSms.ClassList.ShouldContain("cell-done");
        var enEmail = matrix.Find("tr[data-language=en] td[data-channel=Email]");
        enEmail.TextContent.ShouldContain("5/12");
        enEmail.TextContent.ShouldContain("3 sending");
        enEmail.TextContent.ShouldContain("3 retrying");
        enEmail.TextContent.ShouldContain("1 failed");
        enEmail.ClassList.ShouldContain("cell-failed");
        matrix.Find("tr[data-language=ar] td[data-channel=Email]").TextContent.ShouldContain("0/0");
    }

    [Fact]
    public void ArabicIsShownRightToLeftInItsOwnScript()
    {
        var matrix = Render<PushMatrix>(p => p.Add(m => m.Frame, Frame()));

        var arabic = matrix.Find("tr[data-language=ar] th");
        arabic.GetAttribute("dir").ShouldBe("rtl");
        arabic.TextContent.ShouldBe("العربية");
        matrix.Find("tr[data-language=en] th").GetAttribute("dir").ShouldBe("auto");
    }

    [Fact]
    public void TheCoverageMatrixMarksGapsAndWritesArabicRightToLeft()
    {
        var library = new FaqLibrarySnapshot([new FaqTopic("parking", "Parking", [])], [],
            [.. FaqLanguages.All.Select(l => new CoverageCell("parking", l.Code, l.Code is "en" or "es" ? 3 : 0, 3))]);

        var coverage = Render<FaqCoverage>(p => p.Add(c => c.Library, library));

        coverage.Find("td[data-language=es]").ClassList.ShouldContain("covered");
        coverage.Find("td[data-language=vi]").TextContent.ShouldContain("gap 0/3");
        coverage.Find("th[lang=ar]").GetAttribute("dir").ShouldBe("rtl");
        coverage.FindAll("td.gap").Count.ShouldBe(9);
    }
}
