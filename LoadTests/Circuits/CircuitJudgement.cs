namespace Philly311.Ops.LoadTests.Circuits;

internal enum CircuitJudgement { Pass, Fail, Inconclusive }
