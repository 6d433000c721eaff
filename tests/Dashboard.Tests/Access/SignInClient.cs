using System.Net;
using Philly311.Ops.Dashboard.Access;
using Philly311.Ops.Dashboard.Tests.Hub;

namespace Philly311.Ops.Dashboard.Tests.Access;

/// <summary>A browser's worth of HTTP: a cookie jar, no redirects followed, the sign-in form posted as a page posts it.</summary>
public sealed class SignInClient : IDisposable
{
    private readonly HttpClient _http;

    public SignInClient(HubHost host)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(host.BaseUrl) };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Http => _http;

    public bool HasCookie(string name) => Cookies.GetCookies(_http.BaseAddress!).Any(c => c.Name == name);

    /// <summary>Posts the form with the anti-forgery token a rendered sign-in page would carry (or none).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string name, string password, bool withAntiforgery = true)
    {
        Dictionary<string, string> form = new() { ["Username"] = name, ["Password"] = password, ["ReturnUrl"] = "/" };
        if (withAntiforgery) form["__RequestVerificationToken"] = await _http.GetStringAsync("/test/antiforgery", TestContext.Current.CancellationToken);
        return await _http.PostAsync(SignInEndpoints.SignInPost, new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
    }

    public async Task<SignInClient> SignedInAsync(string name)
    {
        var response = await SignInAsync(name, HubHost.Password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        HasCookie(OpsAuthSchemes.UserCookie).ShouldBeTrue();
        return this;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path, TestContext.Current.CancellationToken);

    public void Dispose() => _http.Dispose();
}
