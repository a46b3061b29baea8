using WellnessConnection.Content.Rendering;

namespace WellnessConnection.Tests.Content.Rendering;

public sealed class UrlPolicyTests
{
    [Theory]
    [InlineData("https://example.org/a")]
    [InlineData("HTTP://example.org")]
    [InlineData("mailto:help@example.org")]
    [InlineData("tel:988")]
    [InlineData("/sessions/sleep-part-1")]
    [InlineData("#getting-support")]
    [InlineData("../pages/faq?x=a:b")]
    [InlineData("/search?q=a&b")]
    [InlineData("")]
    public void Allowed_and_relative_urls_pass(string url)
    {
        Assert.True(UrlPolicy.IsAllowed(url));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JaVaScRiPt:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java&#09;script:alert(1)")]
    [InlineData("java&amp;#09;script:alert(1)")]
    [InlineData("jav\u200Bascript:alert(1)")]
    [InlineData("javascript&colon;alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org")]
    [InlineData("javascript&colon alert(1)")]
    [InlineData("java&#115cript:alert(1)")]
    [InlineData(":no-scheme")]
    public void Other_schemes_are_refused(string url)
    {
        Assert.False(UrlPolicy.IsAllowed(url));
    }

    [Theory]
    [InlineData("https://example.org", true)]
    [InlineData("HTTP://example.org", true)]
    [InlineData("//example.org/x", true)]
    [InlineData("/\\example.org/x", true)]
    [InlineData("/sessions/x", false)]
    [InlineData("#top", false)]
    [InlineData("mailto:a@example.org", false)]
    public void Absolute_and_protocol_relative_web_urls_are_external(string url, bool external)
    {
        Assert.Equal(external, UrlPolicy.IsExternal(url));
    }
}
