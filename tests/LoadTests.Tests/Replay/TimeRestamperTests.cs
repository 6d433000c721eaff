using Philly311.Ops.Contracts.Ingest;
using Philly311.Ops.LoadTests.Replay;

namespace Philly311.Ops.LoadTests.Tests.Replay;

public sealed class TimeRestamperTests
{
    private static readonly DateTimeOffset Origin = DateTimeOffset.Parse("2025-02-14T00:49:28+00:00");
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T10:00:00+00:00");

    [Fact]
    public void TheFirstRequestHappensNow()
    {
        var restamper = new TimeRestamper(Origin, Now, 60);

        restamper.Restamp(Origin).ShouldBe(Now);
    }

    [Fact]
    public void LaterTimesAreDividedByTheSpeed()
    {
        var restamper = new TimeRestamper(Origin, Now, 60);

        restamper.Restamp(Origin.AddHours(17)).ShouldBe(Now.AddMinutes(17));
        restamper.Offset(Origin.AddMinutes(30)).ShouldBe(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void TimesBeforeTheOriginStayBeforeNow()
    {
        var restamper = new TimeRestamper(Origin, Now, 2);

        restamper.Restamp(Origin.AddHours(-2)).ShouldBe(Now.AddHours(-1));
    }

    [Fact]
    public void OffsetsOfTheRecordingDoNotShiftTheInstant()
    {
        var restamper = new TimeRestamper(Origin, Now, 1);
        var sameInstantInPhiladelphia = Origin.ToOffset(TimeSpan.FromHours(-5)).AddMinutes(10);

        var moved = restamper.Restamp(sameInstantInPhiladelphia);

        moved.ShouldBe(Now.AddMinutes(10));
        moved.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void EveryTimeFieldMovesTogetherAndNothingElseChanges()
    {
        var restamper = new TimeRestamper(Origin, Now, 60);
        var request = new ServiceRequestEvent
        {
            ServiceRequestId = "17423953",
            RequestedDatetime = Origin.AddHours(1),
            UpdatedDatetime = Origin.AddHours(2),
            ExpectedDatetime = Origin.AddDays(14),
            ClosedDatetime = Origin.AddHours(3),
            Zipcode = "19128.0",
            Status = "Closed",
        };

        var moved = restamper.Restamp(request);

        moved.RequestedDatetime.ShouldBe(Now.AddMinutes(1));
        moved.UpdatedDatetime.ShouldBe(Now.AddMinutes(2));
        moved.ClosedDatetime.ShouldBe(Now.AddMinutes(3));
        moved.ExpectedDatetime.ShouldBe(Now.AddSeconds(14 * 24 * 3600 / 60));
        var timesPutBack = moved with
        {
            RequestedDatetime = request.RequestedDatetime,
            UpdatedDatetime = request.UpdatedDatetime,
            ExpectedDatetime = request.ExpectedDatetime,
            ClosedDatetime = request.ClosedDatetime,
        };
        timesPutBack.ShouldBe(request);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void ASpeedMustBePositive(double speed)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new TimeRestamper(Origin, Now, speed));
    }
}
