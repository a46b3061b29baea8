using System.Text.RegularExpressions;
using WellnessConnection.Embed;
using WellnessConnection.Http;
using WellnessConnection.Storage.Reading;
using WellnessConnection.Tests.Storage.Reading;

namespace WellnessConnection.Tests.Embed;

/// <summary>
/// The partner page is written by Razor components, which encode every value: nothing a session holds, even past
/// validation, reaches a partner's page as markup. The page used to be built by hand, one <c>Encode</c> call per value.
/// </summary>
public sealed partial class EmbedPageEncodingTests
{
    private const string Hostile = "<script>alert(1)</script>\"'&<img src=x onerror=alert(2)>";

    [Fact]
    public async Task Every_value_of_a_hostile_session_is_encoded()
    {
        var html = await EmbedPageRenderer.RenderAsync(
            [Session("javascript:alert(3)")],
            new EmbedOptions { Filter = new SessionFilter() },
            new FeedLinks("https://api.example.org"),
            ""
        );

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains(
            "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;&amp;&lt;img src=x onerror=alert(2)&gt;",
            html,
            StringComparison.Ordinal
        );
        // The page's own scripts only: the local-time helper and the JSON-LD, whose JSON escapes '<'.
        Assert.Equal(
            ["<script src=\"/embed/v1/local-time.js\" defer>", "<script type=\"application/ld+json\">"],
            ScriptTag().Matches(html).Select(m => m.Value)
        );
    }

    [Fact]
    public async Task A_clean_registration_address_is_a_link()
    {
        var html = await EmbedPageRenderer.RenderAsync(
            [Session("https://example.org/register?a=1&b=2")],
            new EmbedOptions { Filter = new SessionFilter() },
            new FeedLinks("https://api.example.org"),
            ""
        );

        Assert.Contains("href=\"https://example.org/register?a=1&amp;b=2\"", html, StringComparison.Ordinal);
    }

    private static ListedSession Session(string registrationUrl) => HostileSession.With(Hostile, registrationUrl);

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();
}
