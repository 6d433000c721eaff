using Philly311.Ops.Silo.Normalization;

namespace Philly311.Ops.Silo.Tests.Normalization;

public sealed class ZipCodeTests
{
    [Theory]
    [InlineData("19128", "19128")]
    [InlineData("19128.0", "19128")]
    [InlineData(" 19128.00 ", "19128")]
    [InlineData("19128-1234", "19128")]
    public void CityExportSpellingsBecomeFiveDigits(string text, string zip)
    {
        ZipCode.TryNormalize(text, out var normalized).ShouldBeTrue();
        normalized.ShouldBe(zip);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void NoZipIsValidAndEmpty(string? text)
    {
        ZipCode.TryNormalize(text, out var zip).ShouldBeTrue();
        zip.ShouldBeNull();
    }

    [Theory]
    [InlineData("1912")]
    [InlineData("191280")]
    [InlineData("19128.5")]
    [InlineData("PA 19128")]
    [InlineData("19128-12")]
    [InlineData("abcde")]
    [InlineData("١٩١٢٨")]
    [InlineData("۱۹۱۲۸")]
    [InlineData("１９１２８")]
    [InlineData("१९१२८")]
    [InlineData("19128-١٢٣٤")]
    [InlineData("19128\u0000")]
    public void AnythingElseIsRefused(string text) => ZipCode.TryNormalize(text, out _).ShouldBeFalse();

    [Fact]
    public void OnlyAsciiDigitsMakeAZipSoNoPhantomEntriesAppear()
    {
        var arabicIndic = string.Concat("19128".Select(c => (char)('\u0660' + (c - '0'))));

        ZipCode.TryNormalize(arabicIndic, out var zip).ShouldBeFalse();
        zip.ShouldBeNull();
    }
}
