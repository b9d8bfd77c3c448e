using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Tests.Support;

/// <summary>An HTTP client that signs in through the real sign-in form (antiforgery token and all) and keeps the cookie.</summary>
public static partial class StaffHttpClient
{
    public static HttpClient Create(Uri address) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };

    /// <returns>The sign-in response: a redirect on success, the form with its message otherwise.</returns>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient http, string userName, string password)
    {
        var form = await http.GetStringAsync("/Account/Login");
        var token = TokenPattern().Match(form).Groups[1].Value;
        return await http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "masuk",
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
    }

    public static async Task<HttpClient> SignedInAsync(Uri address, string userName)
    {
        var http = Create(address);
        var response = await http.SignInAsync(userName, BrowserPortal.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return http;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
