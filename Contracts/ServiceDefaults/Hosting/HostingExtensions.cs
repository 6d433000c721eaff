using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Philly311.Ops.ServiceDefaults.Hosting;

public static class HostingExtensions
{
    /// <summary>Longest a SIGTERM'd process takes to exit (run.sh and the deploy scripts wait longer before a kill -9).</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(10);

    public static IHostApplicationBuilder AddOpsHosting(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<HostOptions>(o =>
        {
            // StopHost, deliberately (it is also the default; said here so nobody flips it to Ignore): every
            // loop catches what it can survive (Redis and Orleans failures, RedisTimeoutException included) and
            // retries. An exception that still escapes is a bug; with Ignore the process would keep answering
            // "live" while that loop (the board feed, a sweep) had silently stopped. Stopping lets systemd or
            // Kubernetes restart it, which the operator sees.
            o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost;
            // Start Kestrel next to Orleans instead of after it: the silo's join and the dashboard client's
            // connect wait for Redis and for a gateway, and meanwhile /health/live must answer and
            // /health/ready must say "not ready" rather than refuse connections.
            o.ServicesStartConcurrently = true;
            // Said here, not left to the 30 s default: a stop must end in a bounded time even when Redis is away and
            // every write of a leaving silo would wait out its timeouts; past this the host cancels the graceful stop
            // (Orleans then stops ungracefully: what was acknowledged is already in Redis) and exits, so a rollout or
            // a Ctrl-C never hangs. Orleans' ungraceful stop can still wait on Redis past it: ShutdownWatchdog ends that.
            // The fault tests measure a stop with Redis down against both.
            o.ShutdownTimeout = ShutdownTimeout;
        });
        builder.Services.AddHostedService<ShutdownWatchdog>();
        return builder;
    }
}
