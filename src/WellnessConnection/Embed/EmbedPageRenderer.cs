using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using WellnessConnection.Embed.Assets;
using WellnessConnection.Formatting;
using WellnessConnection.Http;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Embed;

/// <summary>
/// The iframe page <c>/embed/sessions</c>: the listing as server-rendered HTML that needs no script. It has the markup
/// and stylesheet of <c>sessions.js</c>, so both look the same; its one optional script adds the viewer's local times.
/// </summary>
public static class EmbedPageRenderer
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(IReadOnlyList<ListedSession> sessions, EmbedOptions options, FeedLinks links, string pathBase)
    {
        var text = EmbedText.For(options.Language);
        var html = new StringBuilder();
        var filters = options.Filter.ToQueryString();
        var pageUrl = links.With(EmbedEndpoints.PagePath, options.ToQueryString());

        html.Append("<!DOCTYPE html>\n");
        html.Append("<html lang=\"").Append(options.Language).Append("\">\n<head>\n");
        html.Append("<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Encode(text.PageTitle)).Append("</title>\n");
        html.Append("<link rel=\"stylesheet\" href=\"").Append(Encode(pathBase + EmbedAssets.Stylesheet.Path)).Append("\">\n");
        Alternate(html, "application/json+oembed", links.With(EmbedEndpoints.OEmbedPath, "url=" + Uri.EscapeDataString(pageUrl.AbsoluteUri) + "&format=json"), text.PageTitle);
        Alternate(html, "text/calendar", links.CalendarFeed(filters), text.Subscribe);
        Alternate(html, "application/atom+xml", links.AtomFeed(filters), text.PageTitle);
        html.Append("<script src=\"").Append(Encode(pathBase + EmbedAssets.LocalTime.Path)).Append("\" defer></script>\n");
        html.Append("<script type=\"application/ld+json\">\n").Append(EventJsonLd.Of(sessions, text)).Append("\n</script>\n");
        html.Append("</head>\n<body class=\"wc-page\">\n");

        html.Append("<section class=\"wc\" data-theme=\"").Append(options.Theme).Append("\" lang=\"").Append(options.Language)
            .Append("\" aria-labelledby=\"wc-heading\" data-your-time=\"").Append(Encode(text.YourTime)).Append("\">\n");
        html.Append("<h1 class=\"wc-heading\" id=\"wc-heading\">").Append(Encode(text.Heading)).Append("</h1>\n");
        if (sessions.Count == 0)
        {
            html.Append("<p class=\"wc-empty\">").Append(Encode(text.None)).Append("</p>\n");
        }
        else
        {
            html.Append("<ol class=\"wc-list\" role=\"list\">\n");
            foreach (var session in sessions)
            {
                Session(html, session, text, links);
            }

            html.Append("</ol>\n");
        }

        html.Append("<p class=\"wc-footer\"><a href=\"").Append(Encode(links.CalendarFeed(filters).AbsoluteUri)).Append("\">")
            .Append(Encode(text.Subscribe)).Append("</a> · ").Append(Encode(text.Provider)).Append("</p>\n");
        html.Append("</section>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Session(StringBuilder html, ListedSession session, EmbedText text, FeedLinks links)
    {
        var entity = session.Session;
        // A French listing shows English text where no translation exists: its title and summary say so to screen readers.
        var lang = entity.ServedLanguage == text.Language ? "" : $" lang=\"{Encode(entity.ServedLanguage)}\"";
        html.Append("<li class=\"wc-session\" data-status=\"").Append(Encode(entity.Status)).Append("\">\n");
        html.Append("<h2 class=\"wc-title\">");
        if (text.Badge(entity.Status) is { } badge)
        {
            html.Append("<span class=\"wc-badge\">").Append(Encode(badge)).Append("</span><span class=\"wc-sr\">").Append(Encode(text.Separator)).Append("</span>");
        }

        html.Append(lang.Length > 0 ? $"<span{lang}>{Encode(entity.Title)}</span>" : Encode(entity.Title)).Append("</h2>\n");
        var eastern = SessionTimeFormatter.Format(session.StartsAt, SessionTimeFormatter.EasternZone, text.Language);
        html.Append("<p class=\"wc-when\"><time class=\"wc-eastern\" datetime=\"")
            .Append(session.StartsAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).Append("\">")
            .Append(Encode(eastern)).Append("</time></p>\n");
        html.Append("<p class=\"wc-summary\"").Append(lang).Append('>').Append(Encode(entity.Summary)).Append("</p>\n");
        if (session.Facilitators.Count > 0)
        {
            html.Append("<p class=\"wc-meta\">").Append(Encode(text.With + string.Join(", ", session.Facilitators))).Append("</p>\n");
        }

        if (!session.IsCalledOff)
        {
            html.Append("<p class=\"wc-actions\">");
            if (entity.RegistrationUrl is { } url)
            {
                html.Append("<a class=\"wc-register\" href=\"").Append(Encode(url)).Append("\" target=\"_blank\" rel=\"noopener\">")
                    .Append(Encode(text.Register)).Append("<span class=\"wc-sr\">").Append(Encode(text.RegisterFor + entity.Title + text.NewTab)).Append("</span></a>");
            }

            html.Append("<a class=\"wc-add\" href=\"").Append(Encode(links.SessionCalendar(entity.Slug, text.Language).AbsoluteUri)).Append("\">")
                .Append(Encode(text.AddToCalendar)).Append("<span class=\"wc-sr\">").Append(Encode(text.Separator + entity.Title)).Append("</span></a>");
            html.Append("</p>\n");
        }

        html.Append("</li>\n");
    }

    private static void Alternate(StringBuilder html, string type, Uri href, string title) =>
        html.Append("<link rel=\"alternate\" type=\"").Append(type).Append("\" href=\"").Append(Encode(href.AbsoluteUri))
            .Append("\" title=\"").Append(Encode(title)).Append("\">\n");

    private static string Encode(string value) => Encoder.Encode(value);
}
