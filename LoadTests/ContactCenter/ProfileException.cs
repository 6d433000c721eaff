namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>The profile (or the contact side of a scenario) is wrong: the message names the place.</summary>
internal sealed class ProfileException(string message) : Exception(message);
