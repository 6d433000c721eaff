namespace Philly311.Ops.Silo.Ingest;

public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>The shared secret senders put in <c>X-Api-Key</c>. The shipped value is a development key; deployments replace it.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Largest single-event body (bytes). An Open311 request is well under 4 KiB.</summary>
    public long MaxEventBytes { get; set; } = 64 * 1024;

    /// <summary>Largest bulk upload (bytes): a whole day of the city is ~1 MiB of CSV, a year ~500 MiB.</summary>
    public long MaxBulkBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Longest NDJSON line (bytes) in a bulk upload.</summary>
    public int MaxLineBytes { get; set; } = 64 * 1024;
}
