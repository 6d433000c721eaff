namespace Philly311.Ops.Silo.Counters;

/// <summary>
/// The one hash tag every Redis key of this store carries (<c>{ops}</c> for the prefix <c>ops:</c>). On Redis Cluster
/// the keys of every feature then share one slot, so a script that declares keys of several of them (the commit script
/// counts, keeps due times and versions in one step) stays atomic there too.
/// </summary>
public sealed class KeySpace(string prefix)
{
    private readonly string _tag = "{" + prefix.TrimEnd(':') + "}:";

    /// <summary>The full key (or key prefix) for <paramref name="name"/> under the tag.</summary>
    public string Key(string name) => _tag + name;
}
