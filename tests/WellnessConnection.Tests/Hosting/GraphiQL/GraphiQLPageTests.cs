using Microsoft.AspNetCore.Http;
using WellnessConnection.Hosting.GraphiQL;

namespace WellnessConnection.Tests.Hosting.GraphiQL;

public sealed class GraphiQLPageTests
{
    [Theory]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "", true)]
    [InlineData("TEXT/HTML", "", true)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "", false)]
    [InlineData("text/html;q=0.5, application/json", "", false)]
    [InlineData("", "", false)]
    [InlineData("text/html", "?query=%7Bhello%7D", false)]
    [InlineData("text/html", "?extensions=%7B%7D", true)]
    public void Only_a_browser_asking_for_html_without_a_query_gets_the_page(
        string accept,
        string queryString,
        bool expected
    )
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = "/graphql";
        context.Request.QueryString = new QueryString(queryString);
        if (accept.Length > 0)
        {
            context.Request.Headers.Accept = accept;
        }

        Assert.Equal(expected, GraphiQLPage.IsBrowserVisit(context.Request, "/graphql"));
    }
}
