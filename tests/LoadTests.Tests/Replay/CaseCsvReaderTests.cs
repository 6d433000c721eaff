using System.Text;
using Philly311.Ops.LoadTests.Replay;

namespace Philly311.Ops.LoadTests.Tests.Replay;

public sealed class CaseCsvReaderTests
{
    private static CaseFile Read(string csv) => CaseCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

    [Fact]
    public void ReadsTheSamplesColumnsAndPassesValuesAsTheyAre()
    {
        var file = Read("""
            service_request_id,request_date,requested_datetime,status,service_name,agency_responsible,zipcode,lat,lon,month,day_of_week
            17423953,2025-02-14,2025-02-14 00:49:28+00:00,Closed,Information Request,Philly311 Contact Center,,,,February,Friday
            17423956,2025-02-14,2025-02-14 00:52:24+00:00,Closed,Rubbish/Recyclable Material Collection,Streets Department,19128.0,40.04519144,-75.22581355,February,Friday
            """);

        file.Skipped.ShouldBeEmpty();
        file.Events.Count.ShouldBe(2);
        var first = file.Events[0];
        first.ServiceRequestId.ShouldBe("17423953");
        first.RequestedDatetime.ShouldBe(new DateTimeOffset(2025, 2, 14, 0, 49, 28, TimeSpan.Zero));
        first.Zipcode.ShouldBeNull();
        first.Lat.ShouldBeNull();
        first.Long.ShouldBeNull();
        var second = file.Events[1];
        second.Zipcode.ShouldBe("19128.0");
        second.Lat.ShouldBe(40.04519144);
        second.Long.ShouldBe(-75.22581355);
        second.AgencyResponsible.ShouldBe("Streets Department");
        second.ServiceName.ShouldBe("Rubbish/Recyclable Material Collection");
        second.Status.ShouldBe("Closed");
    }

    [Fact]
    public void ReadsTheCitysPublicCasesColumnsInAnyOrder()
    {
        var file = Read("""
            objectid,service_request_id,status,status_notes,service_name,service_code,agency_responsible,service_notice,requested_datetime,updated_datetime,expected_datetime,closed_datetime,address,zipcode,media_url,lat,lon
            1,15000001,Closed,done,Pothole Repair,SR-ST01,Streets Department,,2018-01-01T05:12:31Z,2018-01-03T10:00:00Z,2018-01-15T05:12:31Z,2018-01-03T09:59:00Z,"1400 JFK BLVD, PHILADELPHIA",19102,,39.9526,-75.1652
            """);

        var request = file.Events.ShouldHaveSingleItem();
        request.ServiceCode.ShouldBe("SR-ST01");
        request.UpdatedDatetime.ShouldBe(new DateTimeOffset(2018, 1, 3, 10, 0, 0, TimeSpan.Zero));
        request.ExpectedDatetime.ShouldBe(new DateTimeOffset(2018, 1, 15, 5, 12, 31, TimeSpan.Zero));
        request.ClosedDatetime.ShouldBe(new DateTimeOffset(2018, 1, 3, 9, 59, 0, TimeSpan.Zero));
        request.Zipcode.ShouldBe("19102");
        request.Lat.ShouldBe(39.9526);
    }

    [Fact]
    public void TimesWithoutAnOffsetAreTheCitysUtc()
    {
        var file = Read("""
            service_request_id,requested_datetime
            1,2018-01-01 05:12:31
            """);

        file.Events[0].RequestedDatetime.ShouldBe(new DateTimeOffset(2018, 1, 1, 5, 12, 31, TimeSpan.Zero));
    }

    [Fact]
    public void UnreadableRowsAreSkippedWithAReason()
    {
        var file = Read("""
            service_request_id,requested_datetime,lat,lon
            1,yesterday,,
            2,2025-02-14 00:49:28+00:00,north,-75.1
            3,2025-02-14 00:49:28+00:00,,
            """);

        file.Events.ShouldHaveSingleItem().ServiceRequestId.ShouldBe("3");
        file.Skipped.Count.ShouldBe(2);
        file.Skipped[0].ShouldContain("requested_datetime");
    }

    [Fact]
    public void AFileWithoutTheRequiredColumnsIsRefused()
    {
        Should.Throw<InvalidDataException>(() => Read("id,when\n1,2025-02-14\n"));
    }

    [Fact]
    public void TheShippedParadeDayReadsCompletely()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "philly311_2025-02-14_eagles_parade_day_sample.csv");

        var file = CaseCsvReader.Read(path);

        file.Events.Count.ShouldBe(510);
        file.Skipped.ShouldBeEmpty();
        file.Events.Min(e => e.RequestedDatetime).ShouldBe(new DateTimeOffset(2025, 2, 14, 0, 49, 28, TimeSpan.Zero));
    }
}
