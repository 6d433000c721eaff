using Philly311.Ops.Silo.Normalization;

namespace Philly311.Ops.Silo.Tests.Normalization;

public sealed class DepartmentCatalogTests
{
    [Theory]
    [InlineData("Streets Department", "streets")]
    [InlineData("  STREETS   DEPT ", "streets")]
    [InlineData("streets", "streets")]
    [InlineData("License & Inspections", "li")]
    [InlineData("Licenses and Inspections", "li")]
    [InlineData("L&I", "li")]
    [InlineData("Community Life Improvement Program", "clip")]
    [InlineData("Philly311 Contact Center", "philly311")]
    [InlineData("Police Department", "police")]
    [InlineData("Fire Department", "fire")]
    [InlineData("Parks & Recreation", "parks")]
    [InlineData("Water Department (PWD)", "water")]
    [InlineData("Office of Homeless Services", "homeless-services")]
    [InlineData("Philadelphia Gas Works", "pgw")]
    [InlineData("SEPTA", "septa")]
    public void KnownAgenciesGetTheirCode(string agency, string code) => DepartmentCatalog.Resolve(agency).Code.ShouldBe(code);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("---")]
    [InlineData("Unassigned")]
    public void NoAgencyIsUnassigned(string? agency) => DepartmentCatalog.Resolve(agency).ShouldBe(DepartmentCatalog.Unassigned);

    [Fact]
    public void AnUnknownAgencyGetsItsOwnStableEntryWithItsName()
    {
        var first = DepartmentCatalog.Resolve("Department of Silly Walks");
        first.Code.ShouldBe("department-of-silly-walks");
        first.Name.ShouldBe("Department of Silly Walks");
        DepartmentCatalog.Resolve("department of silly walks").Code.ShouldBe(first.Code);
    }

    [Fact]
    public void ALongOrNonLatinAgencyGetsAShortHashedCode()
    {
        var longName = DepartmentCatalog.Resolve(new string('x', 65) + " Authority");
        longName.Code.ShouldStartWith("agency-");
        longName.Code.Length.ShouldBe("agency-".Length + 8);
        var chinese = DepartmentCatalog.Resolve("费城水务局");
        chinese.Code.ShouldStartWith("agency-");
        chinese.Code.ShouldNotBe(longName.Code);
        chinese.Name.ShouldBe("费城水务局");
    }

    [Fact]
    public void EveryCodeIsUsableAsAHubGroup()
    {
        var codes = DepartmentCatalog.Known.Select(d => d.Code)
            .Append(DepartmentCatalog.Resolve("Department of Silly Walks").Code)
            .Append(DepartmentCatalog.Resolve("费城水务局").Code);
        codes.ShouldAllBe(code => Contracts.Hub.OpsGroups.IsValid(Contracts.Hub.OpsGroups.Department(code)));
        DepartmentCatalog.Known.Select(d => d.Code).ShouldBeUnique();
    }

    [Fact]
    public void AnAsciiNameSpellingAHashedCodeGetsAnEntryOfItsOwn()
    {
        var nonLatin = DepartmentCatalog.Resolve("费城水务局");

        var crafted = DepartmentCatalog.Resolve(nonLatin.Code);
        var spaced = DepartmentCatalog.Resolve(nonLatin.Code.Replace('-', ' ').ToUpperInvariant());

        nonLatin.Code.ShouldStartWith("agency-");
        crafted.Code.ShouldNotBe(nonLatin.Code);
        spaced.Code.ShouldNotBe(nonLatin.Code);
        crafted.Code.ShouldStartWith("agency-");
    }

    [Theory]
    [InlineData("Pol\u0130ce")]
    [InlineData("\u212Aensington Police")]
    public void NonAsciiLettersThatLowerCaseToAsciiDoNotReachACatalogEntry(string agency)
    {
        DepartmentCatalog.Resolve(agency).Code.ShouldNotBe("police");
        DepartmentCatalog.Resolve(agency).Name.ShouldBe(agency);
    }
}
