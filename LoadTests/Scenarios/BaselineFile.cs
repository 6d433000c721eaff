namespace Philly311.Ops.LoadTests.Scenarios;

internal sealed class BaselineFile
{
    public int Copies { get; set; } = 32;
    public string? During { get; set; }
}
