using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Philly311.Ops.LoadTests.Baseline;

/// <summary>
/// The yardstick: a bare ASP.NET Core POST endpoint in its own process (like the silo), same path and key check,
/// reads the whole body and answers 202 with a fixed ingest answer. No validation, no Redis, no Orleans.
/// Hidden command: <c>bare-endpoint --port P</c>.
/// </summary>
internal static class BareEndpointServer
{
    private static readonly byte[] Answer = """{"id":"bare","result":"accepted","sequence":0}"""u8.ToArray();

    public static async Task<int> RunAsync(int port, CancellationToken stop)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        // The same health paths as the real silo: HealthWait polls /health/ready, other clients /healthz.
        app.MapGet("/health/ready", () => "Healthy");
        app.MapGet("/healthz", () => "Healthy");
        app.MapPost("/api/requests", async (HttpContext context) =>
        {
            if (context.Request.Headers["X-Api-Key"].Count == 0)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }
            var reader = context.Request.BodyReader;
            while (true)
            {
                var read = await reader.ReadAsync(context.RequestAborted);
                reader.AdvanceTo(read.Buffer.End);
                if (read.IsCompleted) break;
            }
            context.Response.StatusCode = StatusCodes.Status202Accepted;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = Answer.Length;
            await context.Response.Body.WriteAsync(Answer, context.RequestAborted);
        });
        await app.StartAsync(CancellationToken.None);
        try
        {
            // Bounded like every loop here: the parent kills it, and it stops by itself after an hour regardless.
            await Task.Delay(TimeSpan.FromHours(1), stop);
        }
        catch (OperationCanceledException) { }
        await app.StopAsync(CancellationToken.None);
        return 0;
    }
}
