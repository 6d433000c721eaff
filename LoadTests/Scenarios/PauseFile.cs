namespace Philly311.Ops.LoadTests.Scenarios;

internal sealed class PauseFile
{
    public string? During { get; set; }
}
