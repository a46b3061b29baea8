using System.Globalization;
using WellnessConnection.Formatting;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>Every contact detail of a crisis line, as readers dial, text or open it, and when it was last
/// verified.</summary>
public static class CrisisLineFacts
{
    /// <summary>The validator warns past this many days (WC502); the preview says so on the date too.</summary>
    public const int StaleAfterDays = 180;

    public static IReadOnlyList<DocumentFact> Of(CrisisLineEntity line, DateTimeOffset now) =>
        [
            .. DocumentFact.Of("Phone", line.Phone.Select(p => FactValue.Number(p, "tel"))),
            .. DocumentFact.Of(
                "Text",
                line.Text is { } text ? [FactValue.Number(text, "sms")] : Array.Empty<FactValue>()
            ),
            .. DocumentFact.Of("Website", line.Url is { } url ? [FactValue.Web(url)] : Array.Empty<FactValue>()),
            .. DocumentFact.Of("Hours", line.Hours),
            .. DocumentFact.Of("Languages", line.Languages),
            .. DocumentFact.Of("Scope", line.Scope),
            .. DocumentFact.Of("Regions", line.Regions),
            .. DocumentFact.Of("Audience", line.Audience),
            .. DocumentFact.Of("Last verified", Verified(line.LastVerified, now)),
            .. DocumentFact.Of("Source", [FactValue.Web(line.Source)]),
        ];

    private static string Verified(DateOnly date, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(
            SessionInstants.InZone(now.UtcDateTime, SessionTimeFormatter.EasternZone).DateTime
        );
        var days = today.DayNumber - date.DayNumber;
        var text = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return days switch
        {
            < 0 => $"{text} (in the future)",
            0 => $"{text} (today)",
            > StaleAfterDays => $"{text} ({days} days ago: more than {StaleAfterDays}, verify it again)",
            _ => $"{text} ({days} {(days == 1 ? "day" : "days")} ago)",
        };
    }
}
