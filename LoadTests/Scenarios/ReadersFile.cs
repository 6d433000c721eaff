namespace Philly311.Ops.LoadTests.Scenarios;

internal sealed class ReadersFile
{
    public int? Subscribers { get; set; }
    public int? Wallboards { get; set; }
    public List<string>? Groups { get; set; }
}
