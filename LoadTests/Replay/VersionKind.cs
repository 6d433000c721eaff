namespace Philly311.Ops.LoadTests.Replay;

/// <summary>Which version of a request an event is; an estimated close is said so wherever it is counted.</summary>
internal enum VersionKind
{
    Open,
    Closed,
    EstimatedClose,
}
