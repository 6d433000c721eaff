namespace Philly311.Ops.LoadTests.Providers;

/// <summary>The sink's 250 to one message's DATA: the moment (a <see cref="System.Diagnostics.Stopwatch"/> timestamp) the relay took it.</summary>
public sealed record SmtpAcceptance(string MessageId, long AcceptedAt);
