using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Ingest;

[Collection(RedisCollection.Name)]
public sealed class RestartTests(RedisServer redis)
{
    [Fact]
    public async Task CountersAfterASiloRestartEqualCountersBeforeIt()
    {
        string prefix;
        string before;
        await using (var first = new SiloApp(redis))
        {
            prefix = first.KeyPrefix;
            using var client = first.CreateIngestClient();
            await client.PostBulkAsync(await File.ReadAllTextAsync(RepoFiles.SampleDayCsv, TestContext.Current.CancellationToken), "text/csv");
            before = Describe(await first.SnapshotAsync());
        }

        await using var second = new SiloApp(redis, prefix);
        var after = await second.SnapshotAsync();

        after.City.Received.ShouldBe(510);
        Describe(after).ShouldBe(before);
    }

    private static string Describe(Contracts.Board.BoardSnapshot board) =>
        string.Join('\n', new[] { board.City }.Concat(board.Departments).Concat(board.Neighborhoods).Concat(board.Zipcodes)
            .Select(e => e.ToString())) + $"\nseq={board.Sequence}";
}
