using Philly311.Ops.LoadTests.Injection;

namespace Philly311.Ops.LoadTests.Scenarios;

/// <summary>One step: an injection profile over a traffic mix, with the readers connected meanwhile.</summary>
internal sealed record ScenarioStep(string Name, string Shape, RateCurve Curve, IReadOnlyList<(TrafficKind Kind, double Weight)> Mix, ReaderTarget Readers);
