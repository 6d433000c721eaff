using System.IO.Pipelines;
using System.Text;
using Philly311.Ops.Silo.Ingest;

namespace Philly311.Ops.Silo.Tests.Ingest;

public sealed class NdjsonEventSourceTests
{
    private static async Task<List<BulkItem>> ReadAll(string body, int maxLine = 1024, int chunk = 7)
    {
        // Feed the body in small chunks so lines straddle reads, as they do off a socket.
        var pipe = new Pipe();
        var bytes = Encoding.UTF8.GetBytes(body);
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < bytes.Length; i += chunk)
            {
                await pipe.Writer.WriteAsync(bytes.AsMemory(i, Math.Min(chunk, bytes.Length - i)));
            }
            await pipe.Writer.CompleteAsync();
        });
        var items = new List<BulkItem>();
        await foreach (var item in NdjsonEventSource.ReadAsync(pipe.Reader, maxLine, CancellationToken.None)) items.Add(item);
        await writer;
        return items;
    }

    [Fact]
    public async Task LinesAreNumberedAsInTheBodyAndBlankLinesSkipped()
    {
        var items = await ReadAll("{\"service_request_id\":\"a\"}\r\n\n{\"service_request_id\":\"b\"}");

        items.Select(i => (i.Line, i.Raw?.Id)).ShouldBe([(1, "a"), (3, "b")]);
    }

    [Fact]
    public async Task AnOverlongLineIsRefusedAndTheNextLineStillRead()
    {
        var items = await ReadAll("{\"service_request_id\":\"" + new string('x', 5000) + "\"}\n{\"service_request_id\":\"c\"}\n", maxLine: 100);

        items.Count.ShouldBe(2);
        items[0].Error!.Field.ShouldBe("body");
        items[1].Raw!.Id.ShouldBe("c");
        items[1].Line.ShouldBe(2);
    }

    [Fact]
    public async Task AnOverlongLastLineWithoutNewlineIsRefused()
    {
        var items = await ReadAll("{\"service_request_id\":\"a\"}\n" + new string('y', 500), maxLine: 100);

        items.Select(i => (i.Line, i.Error is null)).ShouldBe([(1, true), (2, false)]);
    }
}
