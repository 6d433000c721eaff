namespace Philly311.Ops.LoadTests.Injection;

/// <summary>What one arrival sends.</summary>
internal enum TrafficKind
{
    /// <summary>A new service request, single POST.</summary>
    Request,

    /// <summary>A later version (closed) of a request this run already sent.</summary>
    Update,

    /// <summary>One NDJSON upload of <c>bulk_size</c> new requests.</summary>
    Bulk,

    /// <summary>An ACD contact event (later issue).</summary>
    Contact,

    /// <summary>An agent state change (later issue).</summary>
    Agent,

    /// <summary>An FAQ push (later issue).</summary>
    Faq,
}
