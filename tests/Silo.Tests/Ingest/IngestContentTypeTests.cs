using Philly311.Ops.Silo.Ingest;

namespace Philly311.Ops.Silo.Tests.Ingest;

public sealed class IngestContentTypeTests
{
    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("Application/JSON; charset=\"UTF-8\"", true)]
    [InlineData("application/problem+json", true)]
    [InlineData("application/jsonx", false)]
    [InlineData("application/json; charset=latin1", false)]
    [InlineData("application/+json", false)]
    [InlineData("text/json", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void JsonIsTheParsedMediaTypeNotAPrefix(string? contentType, bool json) => IngestContentType.IsJson(contentType).ShouldBe(json);

    [Theory]
    [InlineData("application/x-ndjson", true, false)]
    [InlineData("application/jsonl", true, false)]
    [InlineData("text/csv", true, true)]
    [InlineData("text/csv; charset=utf-8", true, true)]
    [InlineData("text/csvx", false, false)]
    [InlineData("application/x-ndjsonx", false, false)]
    [InlineData("text/csv; charset=windows-1252", false, true)]
    public void BulkTakesNdjsonOrCsvExactly(string contentType, bool accepted, bool csv)
    {
        IngestContentType.TryBulk(contentType, out var isCsv).ShouldBe(accepted);
        if (accepted) isCsv.ShouldBe(csv);
    }
}
