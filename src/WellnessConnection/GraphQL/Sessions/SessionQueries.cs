using GraphQL.Types;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Paging;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Sessions;

public static class SessionQueries
{
    public static void Add(ObjectGraphType<object> query)
    {
        query.Connection<object, SessionGraphType, SessionEntity, SessionFilterInputType, SessionSortInputType>(
                "sessions", SessionFilters.Definition, SessionFilters.Sort, (context, request) => request.Sessions(Locales.Of(context)))
            .WithLocale()
            .Description("All published sessions, past and upcoming, earliest first by default.");
        query.Connection<object, SessionGraphType, SessionEntity, SessionFilterInputType, SessionSortInputType>(
                "upcomingSessions", SessionFilters.Definition, SessionFilters.Sort, (context, request) =>
                {
                    var now = request.Now.UtcDateTime;
                    return request.Sessions(Locales.Of(context)).Where(s => s.EndsAt > now);
                })
            .WithLocale()
            .Description("Sessions that have not ended yet (cancelled ones included, marked by `status`), earliest first by default.");
        query.BySlug<SessionGraphType, SessionEntity>("session", (request, locale) => request.Sessions(locale));
    }
}
