namespace Philly311.Ops.LoadTests.Targets;

/// <summary>
/// Tally of one bulk upload's answer lines. <see cref="Failed"/> counts lines that got no answer at all
/// (the upload failed or broke off); <see cref="Errors"/> names why lines were refused or lost.
/// </summary>
internal sealed class BulkReply
{
    public int Accepted { get; set; }
    public int Updated { get; set; }
    public int Duplicate { get; set; }
    public int Rejected { get; set; }
    public int Failed { get; set; }
    public long Sequence { get; set; }

    /// <summary>The upload's HTTP status; 0 when no answer came (refused, reset, timed out).</summary>
    public int HttpStatus { get; set; }

    /// <summary>The silo's Retry-After on a 429/503: how long it asked senders to wait.</summary>
    public TimeSpan? RetryAfter { get; set; }
    public Dictionary<string, int> Errors { get; } = new(StringComparer.Ordinal);

    public int Acknowledged => Accepted + Updated + Duplicate;

    public void AddError(string kind, int count)
    {
        Errors[kind] = Errors.GetValueOrDefault(kind) + count;
    }
}
