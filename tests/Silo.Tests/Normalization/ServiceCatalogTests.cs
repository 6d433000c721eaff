using Philly311.Ops.Silo.Normalization;

namespace Philly311.Ops.Silo.Tests.Normalization;

public sealed class ServiceCatalogTests
{
    [Fact]
    public void AnAsciiRequestTypeSpellingAHashedCodeGetsAnEntryOfItsOwn()
    {
        var nonLatin = ServiceCatalog.Resolve("坑洼", null);

        var crafted = ServiceCatalog.Resolve(nonLatin.Code, null);

        nonLatin.Code.ShouldStartWith("type-");
        crafted.Code.ShouldNotBe(nonLatin.Code);
    }
}
