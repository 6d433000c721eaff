namespace Philly311.Ops.Silo.Faq;

public sealed class FaqOptions
{
    public const string Section = "Faq";

    /// <summary>Folder of the library's YAML files, relative to the silo's folder unless absolute. Every <c>*.yaml</c> in it is read.</summary>
    public string ContentPath { get; set; } = "Faq/Content";

    /// <summary>Request types (slugs, as in <c>service:{type}</c>) each topic should relieve: the deflection chart's series.</summary>
    public Dictionary<string, string[]> RequestTypes { get; set; } = [];

    /// <summary>
    /// Contact-center queues (slugs, as in <c>queue:{slug}</c>) each topic should relieve: the contacts side of deflection.
    /// Checked at start by <c>DeflectionMapCheck</c> (known topics, valid slugs).
    /// </summary>
    public Dictionary<string, string[]> Queues { get; set; } = [];
}
