using System.Globalization;
using System.Text;

namespace WellnessConnection.Benchmarks.Corpus;

/// <summary>Writes a planned corpus as the content folder an editor would commit: Markdown with YAML front matter, LF,
/// UTF-8.</summary>
public sealed class CorpusWriter(string directory, CorpusPlan plan, SeededRandom random)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly BodyWriter bodies = new(random);
    private readonly List<SessionPlan> linkable = plan.Sessions.Where(s => s.IsLinkable).ToList();
    private readonly ILookup<string, ResourcePlan> resourcesByTopic = plan.Resources.ToLookup(r => r.Theme.Slug);
    private readonly ILookup<string, SessionPlan> sessionsByFacilitator = plan
        .Sessions.Where(s => s.IsLinkable)
        .SelectMany(s => s.Facilitators.Select(f => (f.Slug, Session: s)))
        .ToLookup(p => p.Slug, p => p.Session);

    public int Files { get; private set; }

    public void WriteAll(DateOnly verifiedOn)
    {
        Write("site.yml", FixedDocuments.Site);
        foreach (var (name, text) in FixedDocuments.Pages(plan.Topics))
        {
            Write($"pages/{name}", text);
        }

        foreach (var (name, text) in FixedDocuments.CrisisLines(verifiedOn))
        {
            Write($"crisis-lines/{name}", text);
        }

        for (var i = 0; i < plan.Topics.Count; i++)
        {
            WriteTopic(plan.Topics[i], i + 1);
        }

        foreach (var facilitator in plan.Facilitators)
        {
            WriteFacilitator(facilitator);
        }

        foreach (var series in plan.Series)
        {
            WriteSeries(series);
        }

        foreach (var resource in plan.Resources)
        {
            WriteResource(resource);
        }

        foreach (var session in plan.Sessions)
        {
            WriteSession(session);
        }
    }

    private void WriteTopic(TopicTheme topic, int order)
    {
        var body = bodies.Prose(
            $"Sessions and resources about {topic.Name.ToLowerInvariant()} in medical practice and training.",
            topic,
            40,
            [FixedDocuments.GetSupportNow]
        );
        Write(
            $"topics/{topic.Slug}.md",
            new FrontMatter()
                .Text("name", topic.Name)
                .Text("summary", topic.Summary)
                .Plain("order", Number(order))
                .WithBody(body)
        );
        Write(
            $"topics/{topic.Slug}.fr.md",
            new FrontMatter()
                .Text("name", topic.FrenchName)
                .WithBody($"Séances et ressources sur le thème « {topic.FrenchName.ToLowerInvariant()} ».")
        );
    }

    private void WriteFacilitator(FacilitatorPlan facilitator)
    {
        var links = new List<LinkTarget> { Topic(random.Pick(plan.Topics)) };
        if (sessionsByFacilitator[facilitator.Slug].ToList() is { Count: > 0 } led)
        {
            links.Add(random.Pick(led).Link);
        }

        var opening = $"{facilitator.Name} {EnglishText.Biographies[facilitator.Biography]}";
        Write(
            $"facilitators/{facilitator.Slug}.md",
            new FrontMatter()
                .Text("name", facilitator.Name)
                .Text("credentials", facilitator.Credentials)
                .Text("pronouns", facilitator.Pronouns)
                .WithBody(bodies.Prose(opening, random.Pick(plan.Topics), random.Next(60, 150), links))
        );
    }

    private void WriteSeries(SeriesPlan series)
    {
        var links = new List<LinkTarget> { Topic(series.Theme) };
        if (series.Parts.FirstOrDefault(p => p.IsLinkable) is { } part)
        {
            links.Insert(0, part.Link);
        }

        var subject = series.Theme.Name.ToLowerInvariant();
        Write(
            $"series/{series.Slug}.md",
            new FrontMatter()
                .Text("title", series.Title)
                .Text(
                    "summary",
                    $"A Wellness Connection series on {subject}: {series.Parts.Count} conversations among colleagues."
                )
                .WithBody(
                    bodies.Prose(
                        $"This series explores {subject}, one week at a time.",
                        series.Theme,
                        random.Next(80, 200),
                        links
                    )
                )
        );
    }

    private void WriteResource(ResourcePlan resource)
    {
        var body = resource.HasUrl
            ? bodies.Prose(
                $"This {resource.Kind} looks at {resource.Theme.Name.ToLowerInvariant()}.",
                resource.Theme,
                random.Next(60, 200),
                [Topic(resource.Theme)]
            )
            : bodies.Guide(resource.Theme, random.Next(300, 500), [Topic(resource.Theme)]);
        Write(
            $"resources/{resource.Slug}.md",
            new FrontMatter()
                .Text("title", resource.Title)
                .Plain("kind", resource.Kind)
                .Plain("url", resource.HasUrl ? $"https://example.org/resources/{resource.Slug}" : null)
                .List("topics", resource.Topics)
                .List("audience", resource.Audience)
                .Text(
                    "summary",
                    $"A {resource.Kind} on {resource.Theme.Name.ToLowerInvariant()}, with practical ideas for "
                        + $"physicians and learners."
                )
                .WithBody(body)
        );
    }

    private void WriteSession(SessionPlan session)
    {
        var starts = session.Date.ToDateTime(session.Time);
        var front = new FrontMatter()
            .Text("title", session.Title)
            .Plain("starts", starts.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture))
            .Plain("timeZone", session.TimeZone)
            .Plain("durationMinutes", session.DurationMinutes is { } minutes ? Number(minutes) : null)
            .List("facilitators", session.Facilitators.Select(f => f.Slug))
            .List("topics", session.Topics)
            .Plain("series", session.Series?.Slug)
            .Plain("part", session.Part is { } part ? Number(part) : null)
            .List("audience", session.Audience)
            .Plain("registrationUrl", session.HasRegistration ? $"https://example.org/register/{session.Slug}" : null)
            .Plain("status", session.Status)
            .Text(
                "summary",
                session.HasSummary ? $"{session.Theme.Summary} A peer-support conversation among colleagues." : null
            )
            .Plain("draft", session.Draft ? "true" : null)
            .Plain(
                "publishAt",
                session.HasPublishAt
                    ? starts.AddDays(-14).Date.AddHours(9).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)
                    : null
            );
        Write(
            $"sessions/{session.FileStem}.md",
            front.WithBody(bodies.Session(session.Theme, Related(session), session.Words))
        );

        if (session.Translated)
        {
            var title = string.Format(
                CultureInfo.InvariantCulture,
                random.Pick(FrenchText.TitleForms),
                session.Theme.FrenchName.ToLowerInvariant()
            );
            var french = new FrontMatter()
                .Text("title", session.Part is { } p ? $"{title} (partie {Number(p)})" : title)
                .Text(
                    "summary",
                    random.Chance(0.5) ? "Une conversation de soutien par les pairs entre collègues." : null
                );
            Write(
                $"sessions/{session.FileStem}.fr.md",
                french.WithBody(bodies.FrenchSession(session.Theme, random.Next(250, 450)))
            );
        }
    }

    private List<LinkTarget> Related(SessionPlan session)
    {
        var links = new List<LinkTarget> { Topic(session.Theme), session.Facilitators[0].Link };
        if (session.Series is { } series)
        {
            links.Add(series.Link);
        }

        var resources = resourcesByTopic[session.Theme.Slug].ToList();
        if (resources.Count > 0)
        {
            links.Add(random.Pick(resources).Link);
        }

        if (linkable.Count > 1 && random.Pick(linkable) is { } other && other != session)
        {
            links.Add(other.Link);
        }

        if (random.Chance(0.3))
        {
            links.Add(FixedDocuments.GetSupportNow);
        }

        return links;
    }

    private static LinkTarget Topic(TopicTheme topic) => new($"/topics/{topic.Slug}", topic.Name);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
        Files++;
    }
}
