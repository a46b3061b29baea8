using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;
using WellnessConnection.Embed.Page;
using WellnessConnection.Http;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Embed;

/// <summary>
/// The iframe page <c>/embed/sessions</c>: the listing as server-rendered HTML that needs no script. It has the markup
/// and stylesheet of <c>sessions.js</c>, so both look the same; its one optional script adds the viewer's local times.
/// The markup is Razor components (<see cref="EmbedPage"/>, <see cref="SessionItem"/>) rendered to a string: every
/// value they show is encoded by Razor, so no value reaches a partner's page as markup through a missed call.
/// </summary>
public static class EmbedPageRenderer
{
    // French stays readable: only what HTML needs is escaped, as in every other response.
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    // .NET's HTML encoder also escapes '+', against UTF-7 sniffing, which a page served as utf-8 is not subject to.
    // oEmbed consumers look for type="application/json+oembed" as text (WordPress matches it with a pattern), so the
    // encoder's "&#x2B;" is turned back. It cannot come from anything else: a '&' in a value is written "&amp;".
    private const string EncodedPlus = "&#x2B;";

    public static async Task<string> RenderAsync(
        IReadOnlyList<ListedSession> sessions,
        EmbedOptions options,
        FeedLinks links,
        string pathBase
    )
    {
        await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(
                new Dictionary<string, object?>
                {
                    [nameof(EmbedPage.Sessions)] = sessions,
                    [nameof(EmbedPage.Options)] = options,
                    [nameof(EmbedPage.Links)] = links,
                    [nameof(EmbedPage.PathBase)] = pathBase,
                }
            );
            var page = await renderer.RenderComponentAsync<EmbedPage>(parameters);
            return page.ToHtmlString().Replace(EncodedPlus, "+", StringComparison.Ordinal);
        });
    }
}
