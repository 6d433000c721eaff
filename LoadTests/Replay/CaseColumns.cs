namespace Philly311.Ops.LoadTests.Replay;

/// <summary>Where each known column sits in a header (−1 when absent); either column set, any order.</summary>
internal sealed class CaseColumns(IList<string> header)
{
    public int Id { get; } = header.IndexOf("service_request_id");
    public int Status { get; } = header.IndexOf("status");
    public int ServiceName { get; } = header.IndexOf("service_name");
    public int ServiceCode { get; } = header.IndexOf("service_code");
    public int Agency { get; } = header.IndexOf("agency_responsible");
    public int Requested { get; } = header.IndexOf("requested_datetime");
    public int Updated { get; } = header.IndexOf("updated_datetime");
    public int Expected { get; } = header.IndexOf("expected_datetime");
    public int Closed { get; } = header.IndexOf("closed_datetime");
    public int Zipcode { get; } = header.IndexOf("zipcode");
    public int Lat { get; } = header.IndexOf("lat");

    // The sample and public_cases_fc say "lon"; Open311 says "long".
    public int Lon { get; } = header.IndexOf("lon") is >= 0 and var lon ? lon : header.IndexOf("long");
    public int Channel { get; } = header.IndexOf("channel");
}
