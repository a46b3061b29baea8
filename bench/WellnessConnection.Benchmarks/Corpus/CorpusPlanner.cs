namespace WellnessConnection.Benchmarks.Corpus;

/// <summary>
/// Decides a corpus: 8 to 20 topics, about N/50 facilitators, N/20 series of 2 to 6 weekly parts, N/10 resources,
/// and N sessions (about 10% translated into French, 5% cancelled, 2% drafts). Each part of the plan draws from its
/// own random stream, so a change in one part does not reshuffle the others.
/// </summary>
public static class CorpusPlanner
{
    private static readonly string[] Kinds =
    [
        "article",
        "guide",
        "toolkit",
        "course",
        "podcast",
        "video",
        "program",
        "service",
    ];
    private static readonly string[] Audiences = ["physicians", "residents", "medical-students", "learners"];

    public static CorpusPlan Plan(CorpusOptions options)
    {
        var n = options.Sessions;
        var root = new SeededRandom(options.Seed);
        var topics = TopicCatalog
            .All.Take(
                Math.Clamp(TopicCatalog.ProgramTopics + (n / 800), TopicCatalog.ProgramTopics, TopicCatalog.All.Count)
            )
            .ToList();
        var facilitators = Facilitators(Math.Max(3, n / 50), root.Fork(1));
        var sessions = Sessions(n, topics, facilitators, root.Fork(2));
        var series = Series(Math.Max(1, n / 20), sessions, topics, root.Fork(3));
        NameSessions(sessions, root.Fork(4));
        var resources = Resources(Math.Max(3, n / 10), topics, root.Fork(5));
        return new CorpusPlan(topics, facilitators, series, sessions, resources);
    }

    private static List<FacilitatorPlan> Facilitators(int count, SeededRandom random)
    {
        var slugs = new SlugRegistry();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var facilitators = new List<FacilitatorPlan>(count);
        while (facilitators.Count < count)
        {
            var person = $"{random.Pick(PersonNames.Given)} {random.Pick(PersonNames.Family)}";
            if (!names.Add(person) && names.Count < PersonNames.Given.Count * PersonNames.Family.Count / 2)
            {
                continue;
            }

            var isDoctor = random.Chance(0.85);
            facilitators.Add(
                new FacilitatorPlan(
                    slugs.Claim(person),
                    isDoctor ? "Dr. " + person : person,
                    isDoctor && random.Chance(0.6) ? random.Pick(EnglishText.Credentials) : null,
                    random.Chance(0.4) ? random.Pick(EnglishText.Pronouns) : null,
                    random.Next(EnglishText.Biographies.Count)
                )
            );
        }

        return facilitators;
    }

    private static List<SessionPlan> Sessions(
        int n,
        List<TopicTheme> topics,
        List<FacilitatorPlan> facilitators,
        SeededRandom random
    )
    {
        var sessions = new List<SessionPlan>(n);
        for (var i = 0; i < n; i++)
        {
            var session = SessionSchedule.Plan(i, n, random);
            session.Theme = Theme(topics, random);
            session.Topics.Add(session.Theme.Slug);
            foreach (var extra in random.PickDistinct(topics, random.Next(0, 3)).Where(t => t != session.Theme))
            {
                session.Topics.Add(extra.Slug);
            }

            session.Facilitators.AddRange(random.PickDistinct(facilitators, random.Chance(0.8) ? 1 : 2));
            session.Audience = random.Chance(0.2) ? random.PickDistinct(Audiences, random.Next(1, 3)) : [];
            session.Status = random.Next(100) switch
            {
                < 5 => "cancelled",
                5 => "full",
                6 => "postponed",
                _ => null,
            };
            session.Draft = random.Chance(0.02);
            session.HasPublishAt = !session.Draft && random.Chance(0.01);
            session.HasSummary = random.Chance(0.5);
            session.HasRegistration = random.Chance(0.7);
            session.Translated = random.Chance(0.1);
            session.Words = random.Next(300, 721);
            sessions.Add(session);
        }

        return sessions;
    }

    /// <summary>Each series takes sessions about a week apart, none already in another series, parts numbered in date
    /// order.</summary>
    private static List<SeriesPlan> Series(
        int count,
        List<SessionPlan> sessions,
        List<TopicTheme> topics,
        SeededRandom random
    )
    {
        var slugs = new SlugRegistry();
        var step = SessionSchedule.PerWeek(sessions.Count);
        var series = new List<SeriesPlan>(count);
        for (var s = 0; s < count; s++)
        {
            var parts = new List<SessionPlan>();
            var wanted = random.Next(2, 7);
            for (var i = random.Next(sessions.Count); i < sessions.Count && parts.Count < wanted; i += step)
            {
                // The first free session at or after the weekly step.
                var free = sessions
                    .GetRange(i, Math.Min(step, sessions.Count - i))
                    .Find(c => c.Series is null && !parts.Contains(c));
                if (free is not null)
                {
                    parts.Add(free);
                }
            }

            var theme = Theme(topics, random);
            var first = parts.Count > 0 ? parts[0].Date : SessionSchedule.FirstDay;
            var title = $"{random.Pick(theme.Titles)} ({Season(first)} {first.Year})";
            var plan = new SeriesPlan
            {
                Slug = slugs.Claim(title),
                Title = title,
                Theme = theme,
            };
            foreach (var (session, part) in parts.Select((p, i) => (p, i + 1)))
            {
                session.Series = plan;
                session.Part = part;
                session.Theme = theme;
                if (!session.Topics.Contains(theme.Slug))
                {
                    session.Topics.Insert(0, theme.Slug);
                }

                plan.Parts.Add(session);
            }

            series.Add(plan);
        }

        return series;
    }

    private static void NameSessions(List<SessionPlan> sessions, SeededRandom random)
    {
        var slugs = new SlugRegistry();
        foreach (var session in sessions)
        {
            if (session.Series is { } series)
            {
                var name = series.Title[..series.Title.LastIndexOf(" (", StringComparison.Ordinal)];
                session.Title = $"{name} (part {Roman(session.Part ?? 1)})";
            }
            else
            {
                var title = random.Pick(session.Theme.Titles);
                session.Title = random.Chance(0.15) ? $"{title} {random.Pick(EnglishText.Qualifiers)}" : title;
            }

            session.Slug = slugs.Claim(session.Title);
        }
    }

    private static List<ResourcePlan> Resources(int count, List<TopicTheme> topics, SeededRandom random)
    {
        var slugs = new SlugRegistry();
        var resources = new List<ResourcePlan>(count);
        for (var i = 0; i < count; i++)
        {
            var theme = Theme(topics, random);
            var kind = random.Pick(Kinds);
            var subject =
                theme.Name.ToLowerInvariant() + (random.Chance(0.7) ? " " + random.Pick(EnglishText.Qualifiers) : "");
            var title = kind switch
            {
                "article" => $"What we know about {subject}",
                "guide" => $"A practical guide to {subject}",
                "toolkit" => $"A toolkit for {subject}",
                "course" => $"Short course: {subject}",
                "podcast" => $"Podcast: conversations on {subject}",
                "video" => $"Video: {subject}",
                "program" => $"Peer program on {subject}",
                _ => $"Confidential coaching on {subject}",
            };
            var topicSlugs = new List<string> { theme.Slug };
            topicSlugs.AddRange(
                random.PickDistinct(topics, random.Next(0, 2)).Select(t => t.Slug).Where(s => s != theme.Slug)
            );
            var audience = random.Chance(0.2) ? random.PickDistinct(Audiences, random.Next(1, 3)) : [];
            resources.Add(
                new ResourcePlan(
                    slugs.Claim(title),
                    title,
                    kind,
                    theme,
                    topicSlugs,
                    audience,
                    HasUrl: random.Chance(0.9)
                )
            );
        }

        return resources;
    }

    /// <summary>The program's own topics come up three times as often as the others.</summary>
    private static TopicTheme Theme(List<TopicTheme> topics, SeededRandom random)
    {
        var weights = topics.Select((_, i) => i < TopicCatalog.ProgramTopics ? 3 : 1).ToList();
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < topics.Count; i++)
        {
            if (roll < weights[i])
            {
                return topics[i];
            }

            roll -= weights[i];
        }

        return topics[0];
    }

    private static string Season(DateOnly date) =>
        date.Month switch
        {
            12 or 1 or 2 => "Winter",
            3 or 4 or 5 => "Spring",
            6 or 7 or 8 => "Summer",
            _ => "Fall",
        };

    private static string Roman(int number) =>
        number switch
        {
            1 => "I",
            2 => "II",
            3 => "III",
            4 => "IV",
            5 => "V",
            6 => "VI",
            _ => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
}
