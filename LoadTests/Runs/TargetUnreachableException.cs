namespace Philly311.Ops.LoadTests.Runs;

/// <summary>The system under test does not answer: exit 2, no report.</summary>
internal sealed class TargetUnreachableException(string message) : Exception(message);
