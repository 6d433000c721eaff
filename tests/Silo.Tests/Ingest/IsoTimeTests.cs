using Philly311.Ops.Silo.Ingest;

namespace Philly311.Ops.Silo.Tests.Ingest;

public sealed class IsoTimeTests
{
    [Theory]
    [InlineData("2025-02-14T11:00:00-05:00", "2025-02-14T16:00:00Z")]
    [InlineData("2025-02-14 00:49:28+00:00", "2025-02-14T00:49:28Z")]
    [InlineData("2025-02-14T16:00:00Z", "2025-02-14T16:00:00Z")]
    [InlineData("2025-02-14t16:00:00z", "2025-02-14T16:00:00Z")]
    [InlineData("2025-02-14T11:00-05:00", "2025-02-14T16:00:00Z")]
    [InlineData("2025-02-14T11:00:00-0500", "2025-02-14T16:00:00Z")]
    [InlineData("2025-02-14T11:00:00-05", "2025-02-14T16:00:00Z")]
    [InlineData("2025-02-14T16:00:00.5Z", "2025-02-14T16:00:00.5Z")]
    [InlineData("2025-02-14T16:00:00.123456789Z", "2025-02-14T16:00:00.1234567Z")]
    public void IsoDateTimesWithAnOffsetAreReadAsTheInstantTheyName(string text, string instant)
    {
        IsoTime.TryParse(text, out var value).ShouldBeTrue();

        value.UtcDateTime.ShouldBe(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime);
    }

    [Theory]
    [InlineData("2025-02-14")]
    [InlineData("02-14-2025")]
    [InlineData("02/14/2025 11:00 -05:00")]
    [InlineData("14 Feb 2025 11:00:00 -0500")]
    [InlineData("2025-02-14T11:00:00")]
    [InlineData("2025-02-14  11:00:00Z")]
    [InlineData("2025-02-30T11:00:00Z")]
    [InlineData("2025-02-14T24:00:00Z")]
    [InlineData("2025-02-14T11:00:60Z")]
    [InlineData("2025-02-14T11:00:00+15:00")]
    [InlineData("2025-02-14T11:00:00Z\n")]
    [InlineData("٢٠٢٥-02-14T11:00:00Z")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    public void AnythingElseIsRefused(string text) => IsoTime.TryParse(text, out _).ShouldBeFalse();
}
