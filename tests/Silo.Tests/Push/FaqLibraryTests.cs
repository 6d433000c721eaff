using Philly311.Ops.Contracts.Faq;
using Philly311.Ops.Silo.Faq;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Push;

public sealed class FaqLibraryTests
{
    private static readonly FaqLibrarySnapshot Shipped =
        FaqLibrary.Load(Path.Combine(RepoRoot.Path, "Silo", "Faq", "Content"), new Dictionary<string, string[]>());

    [Fact]
    public void TheShippedSnowContentHasEnglishAndSpanishForEveryItemAndNothingElsePretendsToBeATranslation()
    {
        Shipped.Items.Length.ShouldBe(12);
        Shipped.Topics.Select(t => t.Key).ShouldBe(["parking", "trash", "streets", "warming", "transit", "call-311-or-911"]);
        Shipped.Items.ShouldAllBe(i => i.TextIn("en") != null && i.TextIn("es") != null);
        Shipped.Items.SelectMany(i => i.Texts).Select(t => t.Language).Distinct().Order().ShouldBe(["en", "es"]);
    }

    [Fact]
    public void CoverageShowsEveryTopicInEveryOneOfTheElevenLanguagesWithTheGaps()
    {
        Shipped.Coverage.Length.ShouldBe(6 * 11);
        Shipped.CellOf("parking", "es")!.Missing.ShouldBe(0);
        Shipped.CellOf("parking", "ar")!.Written.ShouldBe(0);
        Shipped.CellOf("parking", "ar")!.Items.ShouldBe(3);
        FaqLanguages.All.Count.ShouldBe(11);
        FaqLanguages.IsRightToLeft("ar").ShouldBeTrue();
    }

    [Fact]
    public void TheLanguagesAreReadyPhiladelphiasElevenWithAslAsTheOnlyUnwrittenOne()
    {
        // docs/LANGUAGES.md: the City's alert languages, not a list of our own.
        FaqLanguages.All.Select(l => l.Code).Order().ShouldBe(["ar", "ase", "en", "es", "fr", "ht", "pt", "ru", "sw", "vi", "zh"]);
        FaqLanguages.All.Where(l => l.RightToLeft).Select(l => l.Code).ShouldBe(["ar"]);
        Shipped.CellOf("parking", "ase")!.Written.ShouldBe(0);
    }

    [Fact]
    public void AnItemInALanguageOutsideTheListStopsTheLoadNamingIt()
    {
        var dir = Directory.CreateTempSubdirectory("faq");
        File.WriteAllText(Path.Combine(dir.FullName, "x.yaml"), "topics: [{key: t, name: T}]\nitems:\n  - id: a\n    topic: t\n    version: 1\n    texts: {xx: {title: T, body: B}}\n");

        var error = Should.Throw<InvalidOperationException>(() => FaqLibrary.Load(dir.FullName, new Dictionary<string, string[]>()));

        error.Message.ShouldContain("'xx'");
        dir.Delete(recursive: true);
    }
}
