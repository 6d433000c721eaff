namespace Philly311.Ops.LoadTests.Scenarios;

/// <summary>A scenario file that cannot be run as written; the message names the step and field.</summary>
internal sealed class ScenarioException(string message) : Exception(message);
