using System.Globalization;

namespace WellnessConnection.Benchmarks.Corpus;

/// <summary>
/// The documents every corpus has whatever its size: site.yml, a few pages, and crisis lines. The crisis lines are
/// clearly fictional examples with example.org addresses and no phone numbers: test data must never invent a number
/// someone in distress could dial.
/// </summary>
public static class FixedDocuments
{
    public const string Site =
        "name: Wellness Connection (benchmark corpus)\ndefaultTimeZone: America/Toronto\ndefaultDurationMinutes: "
        + "60\ndefaultLanguage: en\n";

    public static readonly LinkTarget GetSupportNow = new("/pages/get-support-now", "Get support now");

    private static readonly (string Slug, string Name, string Scope, string Region, string Audience)[] Lines =
    [
        ("example-national-support-line", "Example national support line (fictional)", "national", "CA", "everyone"),
        (
            "example-ontario-physician-support",
            "Example Ontario physician support program (fictional)",
            "provincial",
            "ON",
            "physicians, learners, families"
        ),
        (
            "example-quebec-physician-support",
            "Example Quebec physician support program (fictional)",
            "provincial",
            "QC",
            "physicians, learners"
        ),
        ("example-yukon-support-line", "Example Yukon support line (fictional)", "territorial", "YT", "everyone"),
    ];

    public static IEnumerable<(string File, string Text)> CrisisLines(DateOnly verifiedOn)
    {
        foreach (var line in Lines)
        {
            var front = new FrontMatter()
                .Text("name", line.Name)
                .Plain("scope", line.Scope)
                .List("regions", [line.Region], quoted: true)
                .Plain("audience", $"[{line.Audience}]")
                .Plain("url", $"https://example.org/crisis-lines/{line.Slug}")
                .Text("hours", "24/7")
                .Plain("languages", line.Region == "QC" ? "[fr, en]" : "[en, fr]")
                .Plain("lastVerified", verifiedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Plain("source", $"https://example.org/crisis-lines/sources/{line.Slug}");
            yield return (
                $"{line.Slug}.md",
                front.WithBody(
                    "*This is a fictional example generated as benchmark test data. It is not a real service and "
                        + "lists no phone number; never publish it.*\n\n"
                        + "A real entry names the service, who it serves and how to reach it, with every detail "
                        + "checked at its source on the date given in `lastVerified`."
                )
            );
        }

        yield return (
            "example-quebec-physician-support.fr.md",
            new FrontMatter()
                .Text("name", "Exemple de programme de soutien aux médecins du Québec (fictif)")
                .WithBody(
                    "*Exemple fictif créé comme donnée de test. Ce n’est pas un vrai service; ne jamais le publier.*"
                )
        );
    }

    public static IEnumerable<(string File, string Text)> Pages(IReadOnlyList<TopicTheme> topics)
    {
        var topicLinks = string.Join(
            ", ",
            topics.Take(5).Select(t => $"[{t.Name.ToLowerInvariant()}](/topics/{t.Slug})")
        );
        var lines = string.Join('\n', Lines.Select(l => $"- [{l.Name}](/crisis-lines/{l.Slug})"));

        yield return (
            "about.md",
            Page(
                "About Wellness Connection",
                1,
                "## Who we are\n\nWellness Connection sessions provide a virtual, safe space where physicians and "
                    + "medical learners can gather to discuss shared experiences, get support, seek advice and help "
                    + "each other.\n\n"
                    + "## How sessions work\n\nSessions are led by trained facilitators and take place online, "
                    + "most weeks in the evening, Eastern time.\n\n"
                    + $"Browse by topic: {topicLinks}."
            )
        );
        yield return (
            "about.fr.md",
            new FrontMatter()
                .Text("title", "À propos de Connexion bien-être")
                .WithBody(
                    "Les séances Connexion bien-être offrent un espace virtuel et sécuritaire où les médecins et "
                        + "les apprenants peuvent échanger et se soutenir."
                )
        );
        yield return (
            "faq.md",
            Page(
                "Frequently asked questions",
                2,
                "## Who can attend?\n\nThe sessions are available to all physicians and learners in Canada.\n\n"
                    + "## How often are sessions held?\n\nVirtual peer-support sessions are held each week.\n\n"
                    + "## Who leads the sessions?\n\nSessions are led by trained facilitators.\n\n"
                    + $"## What do sessions cover?\n\nSessions cover a range of topics: {topicLinks}.\n\n"
                    + "## What if I need help now?\n\nSee [Get support now](/pages/get-support-now)."
            )
        );
        yield return (
            "faq.fr.md",
            new FrontMatter()
                .Text("title", "Foire aux questions")
                .WithBody(
                    "## Qui peut participer?\n\nLes séances sont offertes à tous les médecins et apprenants du "
                        + "Canada.\n\n## À quelle fréquence?\n\nDes séances ont lieu chaque semaine."
                )
        );
        yield return (
            "get-support-now.md",
            Page(
                "Get support now",
                3,
                "## If you need help now\n\nThis benchmark corpus lists only fictional example services. A real "
                    + "site lists verified crisis lines here, each re-verified at its source.\n\n"
                    + lines
                    + "\n\n## Peer support\n\nWellness Connection sessions are a place to talk with colleagues: "
                    + "see [peer support](/topics/peer-support)."
            )
        );
        yield return (
            "code-of-conduct.md",
            Page(
                "Code of conduct",
                4,
                "## Respect\n\nWe listen to each other and speak with care.\n\n## Confidentiality\n\nWhat is "
                    + "shared in a session stays in the session.\n\n## Safety\n\nFacilitators may pause a conversation "
                    + "to keep the space safe for everyone."
            )
        );
        yield return (
            "privacy.md",
            Page(
                "Privacy",
                5,
                "## What we collect\n\nRegistration asks for a name and an email address, used only to send the "
                    + "session link.\n\n## Recordings\n\nSessions are never recorded."
            )
        );
        yield return (
            "accessibility.md",
            Page(
                "Accessibility",
                6,
                "## Joining a session\n\nSessions work in any modern browser, with captions available on "
                    + "request.\n\n## Contact\n\nTell us what would make sessions easier to join, by email to the "
                    + "program team."
            )
        );
    }

    private static string Page(string title, int order, string body) =>
        new FrontMatter()
            .Text("title", title)
            .Plain("order", order.ToString(CultureInfo.InvariantCulture))
            .WithBody(body);
}
