using Philly311.Ops.Silo.Ingest;

namespace Philly311.Ops.Silo.Contacts;

/// <summary>What the commit did with one event; <see cref="Refusal"/> set when the script refused it (a channel conflict, the queue cap).</summary>
public readonly record struct ContactResult(string Outcome, long Sequence, FieldError? Refusal);
