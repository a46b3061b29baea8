using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using WellnessConnection.Http;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Feeds;

/// <summary>Builds the Atom feed (RFC 4287) of upcoming sessions, the most recently announced first.</summary>
/// <remarks>
/// The content has no edit or publication time except <c>publishAt</c>. An entry's <c>published</c> is that time when
/// the editor set one (and is left out otherwise); its <c>updated</c> is the session's start, the one date every
/// session has and which never depends on when or where the server runs. Readers find new sessions by their <c>id</c>.
/// </remarks>
public static class SessionAtomFeedBuilder
{
    public static string EntryId(string slug) => $"urn:wellness-connection:session:{slug}";

    /// <param name="sessions">Earliest first, as read.</param>
    /// <param name="links">Absolute URLs of the server's feeds.</param>
    public static string Build(
        IReadOnlyList<ListedSession> sessions,
        FeedText text,
        FeedLinks links,
        string filterQuery,
        DateTimeOffset now
    )
    {
        var self = links.AtomFeed(filterQuery);
        var feed = new SyndicationFeed(text.CalendarName, text.CalendarDescription, null)
        {
            Id = self.AbsoluteUri,
            Language = text.Language,
            LastUpdatedTime = sessions.Count > 0 ? sessions.Max(s => s.StartsAt) : now,
            Generator = "Wellness Connection content API",
        };
        feed.Authors.Add(new SyndicationPerson { Name = "Canadian Medical Association", Uri = "https://www.cma.ca/" });
        feed.Links.Add(SyndicationLink.CreateSelfLink(self, "application/atom+xml"));
        feed.Links.Add(
            new SyndicationLink(links.CalendarFeed(filterQuery), "alternate", text.CalendarName, "text/calendar", 0)
        );
        feed.Items = [.. sessions.Reverse().Select(s => Entry(s, text, links))];

        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        // StringBuilder output declares utf-16; the response is UTF-8.
        return output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static SyndicationItem Entry(ListedSession session, FeedText text, FeedLinks links)
    {
        var entity = session.Session;
        var item = new SyndicationItem
        {
            Id = EntryId(entity.Slug),
            Title = new TextSyndicationContent(HostileText.Clean(text.Title(session))),
            Summary = new TextSyndicationContent(HostileText.Clean(entity.Summary)),
            Content = new TextSyndicationContent(
                HostileText.Clean(Html(session, text)),
                TextSyndicationContentKind.Html
            ),
            LastUpdatedTime = session.StartsAt,
        };
        if (entity.PublishAt is { } publishAt)
        {
            item.PublishDate = new DateTimeOffset(DateTime.SpecifyKind(publishAt, DateTimeKind.Utc));
        }

        if (HostileText.WebAddress(entity.RegistrationUrl) is { } url)
        {
            item.Links.Add(SyndicationLink.CreateAlternateLink(url, "text/html"));
        }

        item.Links.Add(
            new SyndicationLink(
                links.SessionCalendar(entity.Slug, text.Language),
                "related",
                text.AddToCalendar,
                "text/calendar",
                0
            )
        );
        foreach (var topic in session.Topics)
        {
            item.Categories.Add(new SyndicationCategory(HostileText.Clean(topic)));
        }

        item.Categories.Add(new SyndicationCategory(entity.Status, "urn:wellness-connection:session-status", null));
        return item;
    }

    private static string Html(ListedSession session, FeedText text)
    {
        var html = new StringBuilder();
        if (text.StatusNote(session.Session.Status) is { } note)
        {
            html.Append("<p><strong>").Append(WebUtility.HtmlEncode(note)).Append("</strong></p>");
        }

        html.Append("<p>")
            .Append(WebUtility.HtmlEncode(text.When + SessionDescription.When(session, text.Language)))
            .Append("</p>");
        html.Append(session.Html);
        if (HostileText.WebAddress(session.Session.RegistrationUrl) is { } url && !session.IsCalledOff)
        {
            html.Append("<p><a href=\"")
                .Append(WebUtility.HtmlEncode(url.AbsoluteUri))
                .Append("\">")
                .Append(WebUtility.HtmlEncode(text.Register.TrimEnd(' ', ':', '\u00A0')))
                .Append("</a></p>");
        }

        return html.ToString();
    }
}
