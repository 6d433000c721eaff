using System.Net;
using System.Net.Http.Json;
using Philly311.Ops.Dashboard.Access;
using Philly311.Ops.Dashboard.Tests.Hub;

namespace Philly311.Ops.Dashboard.Tests.Access;

/// <summary>The sign-in endpoint over real HTTP: the right password signs in, anything else is refused and throttled.</summary>
[Collection(AccessCollection.Name)]
public sealed class SignInTests(HubHost host)
{
    [Fact]
    public async Task TheRightPasswordSetsTheSessionCookieAndRedirectsHome()
    {
        using var client = new SignInClient(host);

        var response = await client.SignInAsync("liaison", HubHost.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/");
        client.HasCookie(OpsAuthSchemes.UserCookie).ShouldBeTrue();
        var who = await client.Http.GetFromJsonAsync<SignedInAs>(SignInEndpoints.WhoAmI, TestContext.Current.CancellationToken);
        who.ShouldBe(new SignedInAs("liaison", OpsRoles.Liaison, null, null));
    }

    [Fact]
    public async Task TheNameIsNotCaseSensitive()
    {
        using var client = new SignInClient(host);

        (await client.SignInAsync("Liaison", HubHost.Password)).Headers.Location!.ToString().ShouldBe("/");

        (await client.Http.GetFromJsonAsync<SignedInAs>(SignInEndpoints.WhoAmI, TestContext.Current.CancellationToken))!.Name.ShouldBe("liaison");
    }

    [Theory]
    [InlineData("liaison", "not-the-password")]
    [InlineData("nobody", HubHost.Password)]
    public async Task AWrongPasswordOrNameIsRefused(string name, string password)
    {
        using var client = new SignInClient(host);

        var response = await client.SignInAsync(name, password);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith(SignInEndpoints.SignInPage + "?error=invalid");
        client.HasCookie(OpsAuthSchemes.UserCookie).ShouldBeFalse();
        (await client.GetAsync(SignInEndpoints.WhoAmI)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ASignInWithoutTheAntiforgeryTokenIsRefused()
    {
        using var client = new SignInClient(host);

        var response = await client.SignInAsync("liaison", HubHost.Password, withAntiforgery: false);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        client.HasCookie(OpsAuthSchemes.UserCookie).ShouldBeFalse();
    }

    [Fact]
    public async Task RepeatedFailuresAreThrottledEvenForTheRightPassword()
    {
        using var client = new SignInClient(host);
        // The host allows 3 failures per account and address; "director" signs in in no other test.
        for (var i = 0; i < 3; i++) (await client.SignInAsync("director", "guess-" + i)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await client.SignInAsync("director", HubHost.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter!.Delta!.Value.ShouldBeGreaterThan(TimeSpan.Zero);
        client.HasCookie(OpsAuthSchemes.UserCookie).ShouldBeFalse();
    }

    [Fact]
    public void AReturnUrlOffThisSiteIsIgnored()
    {
        SignInEndpoints.LocalUrl("//evil.example/x").ShouldBe("/");
        SignInEndpoints.LocalUrl("https://evil.example/").ShouldBe("/");
        SignInEndpoints.LocalUrl("/\\evil.example").ShouldBe("/");
        SignInEndpoints.LocalUrl("/wallboard/floor").ShouldBe("/wallboard/floor");
    }
}
