using System.Text;
using Philly311.Ops.Silo.Ingest;

namespace Philly311.Ops.Silo.Tests.Ingest;

public sealed class JsonEventReaderTests
{
    private static RawEvent Read(string json)
    {
        JsonEventReader.TryRead(Encoding.UTF8.GetBytes(json), out var raw, out var error).ShouldBeTrue(error?.Message);
        return raw;
    }

    [Fact]
    public void NumbersAreAcceptedForIdZipAndCoordinatesAsTheirText()
    {
        var raw = Read("""{"service_request_id": 17423953, "zipcode": 19128.0, "lat": 40.045, "long": -75.2258, "requested_datetime": "2025-02-14T00:49:28Z"}""");

        (raw.Id, raw.Zipcode, raw.Lat, raw.Long).ShouldBe(("17423953", "19128.0", "40.045", "-75.2258"));
    }

    [Fact]
    public void LonStandsInForLongAndErrorsNameIt()
    {
        var raw = Read("""{"service_request_id": "a", "lon": -75.1}""");

        raw.Long.ShouldBe("-75.1");
        raw.LongField.ShouldBe("lon");
    }

    [Fact]
    public void NullsAreAbsentAndUnknownFieldsAreIgnored()
    {
        var raw = Read("""{"service_request_id": "a", "status": null, "description": "my neighbour's name", "address": "1 Main St"}""");

        raw.Status.ShouldBeNull();
        raw.Id.ShouldBe("a");
    }

    [Theory]
    [InlineData("""{"status": true}""", "status")]
    [InlineData("""{"requested_datetime": 5}""", "requested_datetime")]
    [InlineData("""{"lat": [1]}""", "lat")]
    [InlineData("""{"channel": {}}""", "channel")]
    public void AWrongJsonTypeIsRefusedNamingTheField(string json, string field)
    {
        JsonEventReader.TryRead(Encoding.UTF8.GetBytes(json), out _, out var error).ShouldBeFalse();

        error!.Field.ShouldBe(field);
    }
}
