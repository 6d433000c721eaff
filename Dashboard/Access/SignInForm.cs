namespace Philly311.Ops.Dashboard.Access;

/// <summary>What the sign-in page posts (field names as in its HTML form).</summary>
public sealed class SignInForm
{
    public string? Username { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}
