using GraphQL.Types;
using WellnessConnection.Content.Schema;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Paging;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Sessions;

public static class SessionQueries
{
    /// <summary>The longest a session may last: the content contract's limit on <c>durationMinutes</c>.</summary>
    private static readonly int MaxDurationMinutes = ContentSchemas.Session.Find("durationMinutes")!.Max;

    public static void Add(ObjectGraphType<object> query)
    {
        query
            .Connection<object, SessionGraphType, SessionEntity, SessionFilterInputType, SessionSortInputType>(
                "sessions",
                SessionFilters.Definition,
                SessionFilters.Sort,
                (context, request) => request.Sessions(Locales.Of(context))
            )
            .WithLocale()
            .Description("All published sessions, past and upcoming, earliest first by default.");
        query
            .Connection<object, SessionGraphType, SessionEntity, SessionFilterInputType, SessionSortInputType>(
                "upcomingSessions",
                SessionFilters.Definition,
                SessionFilters.Sort,
                (context, request) =>
                {
                    var now = request.Now.UtcDateTime;
                    // Implied by EndsAt > now (no session lasts longer), but lets SQLite range-scan its StartsAt index
                    // instead of reading every past session.
                    var earliestStart = now.AddMinutes(-MaxDurationMinutes);
                    return request
                        .Sessions(Locales.Of(context))
                        .Where(s => s.StartsAt > earliestStart && s.EndsAt > now);
                }
            )
            .WithLocale()
            .Description(
                "Sessions that have not ended yet (cancelled ones included, marked by `status`), earliest first by "
                    + "default."
            );
        query.BySlug<SessionGraphType, SessionEntity>("session", (request, locale) => request.Sessions(locale));
    }
}
