namespace Philly311.Ops.Dashboard.Access;

/// <summary>One wallboard screen: its token opens <c>/wallboard/{Layout}</c> read-only and joins only <see cref="Groups"/>.</summary>
public sealed class DisplayTokenOptions
{
    public string Token { get; set; } = "";

    /// <summary>The wallboard layout name; <c>default</c> also opens <c>/wallboard</c> itself.</summary>
    public string Layout { get; set; } = "";

    /// <summary>Hub groups the screen may join; empty means <c>city</c> only.</summary>
    public string[] Groups { get; set; } = [];

    /// <summary>Set to stop the screen within seconds, keeping the entry as a record.</summary>
    public bool Revoked { get; set; }
}
