using Philly311.Ops.Silo.Ingest;

namespace Philly311.Ops.Silo.Tests.Ingest;

public sealed class VersionKeyTests
{
    private static readonly DateTimeOffset Requested = new(2025, 2, 14, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ALaterUpdateIsNewerWhateverTheStatus()
    {
        var closed = VersionKey.For(Requested, Requested.AddHours(1), Requested.AddHours(1), isClosed: true);
        var reopened = VersionKey.For(Requested, Requested.AddHours(2), null, isClosed: false);

        string.CompareOrdinal(reopened, closed).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void WithoutUpdateTimesAClosedVersionIsNewerThanAnOpenOne()
    {
        var open = VersionKey.For(Requested, null, null, isClosed: false);
        var closed = VersionKey.For(Requested, null, null, isClosed: true);

        string.CompareOrdinal(closed, open).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void AClosedDatetimeMakesAVersionNewerThanOneWithout()
    {
        var withoutClose = VersionKey.For(Requested, Requested.AddHours(3), null, isClosed: true);
        var withClose = VersionKey.For(Requested, Requested.AddHours(3), Requested.AddHours(2), isClosed: true);

        string.CompareOrdinal(withClose, withoutClose).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void TheSameInstantInAnotherOffsetIsTheSameVersion()
    {
        var utc = VersionKey.For(Requested, null, null, isClosed: false);
        var eastern = VersionKey.For(Requested.ToOffset(TimeSpan.FromHours(-5)), null, null, isClosed: false);

        eastern.ShouldBe(utc);
    }
}
