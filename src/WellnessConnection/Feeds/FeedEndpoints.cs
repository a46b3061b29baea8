using Microsoft.Extensions.Options;
using WellnessConnection.Http;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Feeds;

/// <summary>
/// The calendar and Atom feeds: <c>/feeds/sessions.ics</c> to subscribe to, <c>/sessions/{slug}.ics</c> to add one
/// session to a calendar, <c>/feeds/sessions.atom</c> for feed readers. All read the index through the request's
/// <see cref="PublishedContent"/>.
/// </summary>
public static class FeedEndpoints
{
    /// <summary>A subscription keeps a year of past sessions: calendar clients delete the events a feed stops
    /// listing.</summary>
    public static readonly TimeSpan PastKept = TimeSpan.FromDays(365);

    /// <summary>The most events of a subscription: the upcoming sessions first, then the past year's, newest
    /// first.</summary>
    public const int CalendarLimit = 500;

    public const int AtomLimit = 100;

    /// <summary>Some calendar clients and link checkers ask with HEAD first.</summary>
    public const string CalendarContentType = "text/calendar; charset=utf-8";

    public const string AtomContentType = "application/atom+xml; charset=utf-8";

    /// <summary>Nothing to register: the feeds read the request's <see cref="PublishedContent"/> and the public <see
    /// cref="FeedLinks"/>.</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints
            .MapMethods(FeedLinks.CalendarFeedPath, ReadMethods.GetAndHead, CalendarFeedAsync)
            .WithDisplayName("Calendar feed");
        endpoints
            .MapMethods(FeedLinks.AtomFeedPath, ReadMethods.GetAndHead, AtomFeedAsync)
            .WithDisplayName("Atom feed");
        endpoints
            .MapMethods("/sessions/{slug}.ics", ReadMethods.GetAndHead, SessionCalendarAsync)
            .WithDisplayName("Session calendar");
        return endpoints;
    }

    private static async Task<IResult> CalendarFeedAsync(HttpContext context, PublishedContent request)
    {
        if (!SessionFilter.TryParse(context.Request.Query, out var filter, out var error))
        {
            return Results.Problem(detail: error, statusCode: StatusCodes.Status400BadRequest);
        }

        var reader = new SessionListReader(request);
        var sessions = await reader.ListForSubscriptionAsync(
            filter,
            request.Now,
            request.Now - PastKept,
            CalendarLimit,
            context.RequestAborted
        );
        var etag = ETag(request, "ics", filter, sessions);
        return ConditionalResponse.Respond(context, etag, CalendarContentType, () =>
            SessionCalendarBuilder.Subscription(sessions, FeedText.For(filter.Language), request.Now)
        );
    }

    private static async Task<IResult> AtomFeedAsync(HttpContext context, PublishedContent request, FeedLinks links)
    {
        if (!SessionFilter.TryParse(context.Request.Query, out var filter, out var error))
        {
            return Results.Problem(detail: error, statusCode: StatusCodes.Status400BadRequest);
        }

        var reader = new SessionListReader(request);
        var sessions = await reader.ListAsync(filter, request.Now, AtomLimit, context.RequestAborted);
        var etag = ETag(request, "atom", filter, sessions);
        return ConditionalResponse.Respond(context, etag, AtomContentType, () =>
            SessionAtomFeedBuilder.Build(
                sessions,
                FeedText.For(filter.Language),
                links,
                filter.ToQueryString(),
                request.Now
            )
        );
    }

    private static async Task<IResult> SessionCalendarAsync(HttpContext context, PublishedContent request, string slug)
    {
        if (!SessionFilter.TryParse(context.Request.Query, out var filter, out var error))
        {
            return Results.Problem(detail: error, statusCode: StatusCodes.Status400BadRequest);
        }

        var session = await new SessionListReader(request).FindAsync(slug, filter.Language, context.RequestAborted);
        if (session is null)
        {
            return Results.Problem(
                detail: $"No published session has the slug \"{slug}\".",
                statusCode: StatusCodes.Status404NotFound
            );
        }

        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{slug}.ics\"";
        var etag = ETag(request, "session", filter, [session]);
        return ConditionalResponse.Respond(context, etag, CalendarContentType, () =>
            SessionCalendarBuilder.ForOne(session, FeedText.For(filter.Language), request.Now)
        );
    }

    private static string ETag(
        PublishedContent request,
        string kind,
        SessionFilter filter,
        IReadOnlyList<ListedSession> sessions
    ) =>
        ConditionalResponse.ETagOf([
            request.ContentVersion,
            request.IsPreview ? "preview" : "published",
            kind,
            filter.ToQueryString(),
            .. sessions.Select(s => s.Slug),
        ]);
}
