using System.IO.Pipelines;
using System.Text;
using Philly311.Ops.Silo.Ingest;

namespace Philly311.Ops.Silo.Tests.Ingest;

public sealed class CsvRowScannerTests
{
    /// <summary>Each record as its fields joined by '|', or "!" + its error; the body fed in small chunks, as off a socket.</summary>
    private static async Task<List<string>> ScanAsync(string body, int chunk = 3, int maxField = 16, int maxRow = 64)
    {
        var pipe = new Pipe();
        var bytes = Encoding.UTF8.GetBytes(body);
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < bytes.Length; i += chunk) await pipe.Writer.WriteAsync(bytes.AsMemory(i, Math.Min(chunk, bytes.Length - i)));
            await pipe.Writer.CompleteAsync();
        });
        var scanner = new CsvRowScanner(pipe.Reader, maxField, maxRow);
        var records = new List<string>();
        while (await scanner.NextAsync(CancellationToken.None) is { } record)
        {
            records.Add(record.Error is not null
                ? $"!{record.ErrorColumn}"
                : string.Join('|', Enumerable.Range(0, record.FieldCount).Select(i => Encoding.UTF8.GetString(record.Field(i)))));
        }
        await writer;
        return records;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(1000)]
    public async Task QuotedFieldsMayHoldCommasQuotesAndLineBreaksWhereverTheReadsSplit(int chunk)
    {
        var records = await ScanAsync("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"x\ny\",,z\n", chunk);

        records.ShouldBe(["a|b,c|say \"hi\"", "x\ny||z"]);
    }

    [Fact]
    public async Task AnUnterminatedQuoteRefusesItsRowAndTheRowsAfterItAreReadAsRows()
    {
        var records = await ScanAsync("a,b\n\"c,d\ne,f\ng,h\n");

        records.ShouldBe(["a|b", "!-1", "e|f", "g|h"]);
    }

    [Fact]
    public async Task AFieldOverTheLimitRefusesItsRowNamingTheColumn()
    {
        var records = await ScanAsync("a," + new string('x', 17) + ",c\nd,e,f\n");

        records.ShouldBe(["!1", "d|e|f"]);
    }

    [Fact]
    public async Task ARowOverTheLimitIsRefusedAloneAndSkippedToTheNextLine()
    {
        var records = await ScanAsync(string.Join(',', Enumerable.Repeat("abcdefgh", 20)) + "\nnext,row\n");

        records.ShouldBe(["!-1", "next|row"]);
    }

    [Fact]
    public async Task TextAfterAClosingQuoteIsRefusedNamingTheColumn()
    {
        var records = await ScanAsync("\"a\"b,c\nd,e\n");

        records.ShouldBe(["!0", "d|e"]);
    }

    [Fact]
    public async Task ByteOrderMarkAndBlankLinesAreSkippedAndTheLastRowNeedsNoNewline()
    {
        var records = await ScanAsync("\uFEFFa,b\n\n\r\nc,d");

        records.ShouldBe(["a|b", "c|d"]);
    }
}
