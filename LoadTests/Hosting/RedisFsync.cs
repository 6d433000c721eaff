namespace Philly311.Ops.LoadTests.Hosting;

/// <summary>
/// How the Redis the tool starts syncs its AOF: <c>everysec</c> (the default, as run.sh and the deployments) or
/// <c>always</c> (every write fsynced before Redis answers: a host crash then loses nothing acknowledged), chosen with
/// <c>P311_REDIS_APPENDFSYNC</c> — the same switch run.sh reads — so any scenario can measure what <c>always</c> costs.
/// </summary>
internal static class RedisFsync
{
    public const string Variable = "P311_REDIS_APPENDFSYNC";

    public static string FromEnvironment() => Environment.GetEnvironmentVariable(Variable) switch
    {
        null or "" or "everysec" => "everysec",
        "always" => "always",
        var other => throw new InvalidOperationException($"{Variable} must be 'everysec' or 'always', not '{other}'."),
    };

    public static string Describe(string appendFsync) => appendFsync == "always" ? "AOF, fsync on every write" : "AOF, fsync every second";
}
