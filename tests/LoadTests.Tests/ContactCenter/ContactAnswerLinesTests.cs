using System.Text;
using Philly311.Ops.LoadTests.Targets;

namespace Philly311.Ops.LoadTests.Tests.ContactCenter;

public sealed class ContactAnswerLinesTests
{
    [Fact]
    public async Task IgnoredAndStaleLinesAreAcknowledgedAndFailedLinesAreToBeSentAgain()
    {
        const string answer = """
            {"line":1,"result":"accepted"}
            {"line":2,"result":"ignored"}
            {"line":3,"result":"stale"}
            {"line":4,"result":"failed","field":"redis","reason":"timeout"}
            {"line":5,"result":"rejected","field":"at"}
            {"result":"totals","lines":5}
            """;
        var reply = new BulkReply();

        await BulkAnswerReader.TallyAsync(new MemoryStream(Encoding.UTF8.GetBytes(answer)), 5, reply, TestContext.Current.CancellationToken);

        reply.Accepted.ShouldBe(1);
        reply.Duplicate.ShouldBe(2, "stored or older: nothing counted, nothing to send again");
        reply.Failed.ShouldBe(1, "not stored: the sender must upload it again");
        reply.Rejected.ShouldBe(1);
        reply.Errors.Keys.ShouldContain("bulk line not stored: timeout");
    }
}
