using System.Text.Json;
using Philly311.Ops.LoadTests.Push;

namespace Philly311.Ops.LoadTests.Tests.Push;

public sealed class MatrixFrameJsonTests
{
    [Fact]
    public void TheHubsCamelCaseWithChannelNumbersAndTheApisSnakeCaseWithNamesReadAlike()
    {
        using var hub = JsonDocument.Parse("""
            {"pushId":"p1","sequence":42,"cells":[{"language":"en","channel":4,"counts":{"delivered":3,"sending":1}},{"language":"es","channel":3,"counts":{"delivered":1}}],
             "totals":{"queued":0,"sending":1,"delivered":4,"failedTemporary":0,"retrying":0,"failedPermanent":0,"cancelled":0}}
            """);
        using var api = JsonDocument.Parse("""
            {"push_id":"p1","sequence":42,"cells":[{"language":"en","channel":"email","counts":{"delivered":3,"sending":1}},{"language":"es","channel":"web_banner","counts":{"delivered":1}}],
             "totals":{"queued":0,"sending":1,"delivered":4,"failed_temporary":0,"retrying":0,"failed_permanent":0,"cancelled":0}}
            """);

        var fromHub = MatrixFrameJson.Read(hub.RootElement, 7)!;
        var fromApi = MatrixFrameJson.Read(api.RootElement, 7)!;

        fromHub.Sequence.ShouldBe(42);
        fromHub.Delivered["en:email"].ShouldBe(3);
        fromHub.Delivered["es:webbanner"].ShouldBe(1);
        (fromHub.Final, fromHub.Total).ShouldBe((4, 5));
        fromApi.Delivered.OrderBy(d => d.Key).ShouldBe(fromHub.Delivered.OrderBy(d => d.Key));
        (fromApi.Final, fromApi.Total).ShouldBe((4, 5));
    }

    [Fact]
    public void AnAnswerWithoutASequenceIsNoFrame()
    {
        using var doc = JsonDocument.Parse("""{"group":"push:p1"}""");

        MatrixFrameJson.Read(doc.RootElement, 1).ShouldBeNull();
    }

    [Fact]
    public void AnIdempotencyKeyAndItsMessageIdNameTheFramesCell()
    {
        MatrixCellKey.OfKey("p1:load-item-01@v1:en:email").ShouldBe(MatrixCellKey.Of("en", "Email"));
        MatrixCellKey.OfKey("p1:load-item-01-v1:en:email@philly311-ops").ShouldBe("en:email");
        MatrixCellKey.OfKey("p1:load-item-01@v1:es:webbanner").ShouldBe(MatrixCellKey.Of("es", "web_banner"));
        MatrixCellKey.OfKey("(none)").ShouldBeNull();
    }
}
