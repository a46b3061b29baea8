using System.Text.Json;
using System.Text.Json.Nodes;
using WellnessConnection.Content.Schema;
using WellnessConnection.Http;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Embed;

/// <summary>schema.org <c>Event</c>s as JSON-LD, for search engines; <c>sessions.js</c> writes the same
/// shape.</summary>
public static class EventJsonLd
{
    public const string OrganizerUrl = "https://www.cma.ca/";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>A JSON array; its default escaping of <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> keeps it safe inside a
    /// <c>&lt;script&gt;</c>.</summary>
    public static string Of(IReadOnlyList<ListedSession> sessions, EmbedText text) =>
        new JsonArray([.. sessions.Select(s => Event(s, text))]).ToJsonString(Options);

    public static string StatusOf(string status) =>
        status switch
        {
            SessionStatuses.Cancelled => "https://schema.org/EventCancelled",
            SessionStatuses.Postponed => "https://schema.org/EventPostponed",
            _ => "https://schema.org/EventScheduled",
        };

    private static JsonObject Event(ListedSession session, EmbedText text)
    {
        var entity = session.Session;
        var location = new JsonObject { ["@type"] = "VirtualLocation" };
        if (WebAddress.CleanOrNull(entity.RegistrationUrl) is { } url)
        {
            location["url"] = url.OriginalString;
        }

        var node = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = entity.Title,
            ["description"] = entity.Summary,
            ["startDate"] = session.StartsAt.ToString(
                "yyyy-MM-dd'T'HH:mm:sszzz",
                System.Globalization.CultureInfo.InvariantCulture
            ),
            ["endDate"] = session.EndsAt.ToString(
                "yyyy-MM-dd'T'HH:mm:sszzz",
                System.Globalization.CultureInfo.InvariantCulture
            ),
            ["eventStatus"] = StatusOf(entity.Status),
            ["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode",
            ["location"] = location,
            ["organizer"] = new JsonObject
            {
                ["@type"] = "Organization",
                ["name"] = text.Organizer,
                ["url"] = OrganizerUrl,
            },
            ["performer"] = new JsonArray([
                .. session.Facilitators.Select(name =>
                    (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = name }
                ),
            ]),
            ["inLanguage"] = entity.ServedLanguage,
        };
        if (WebAddress.CleanOrNull(entity.RegistrationUrl) is { } registration)
        {
            node["url"] = registration.OriginalString;
        }

        return node;
    }
}
