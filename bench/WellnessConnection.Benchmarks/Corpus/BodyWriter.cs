using System.Text;

namespace WellnessConnection.Benchmarks.Corpus;

/// <summary>
/// Assembles Markdown bodies from the sentence banks: paragraphs, headings, bullet and numbered lists, emphasis,
/// a quote now and then, internal links (only to targets the caller knows exist) and external example.org links.
/// </summary>
public sealed class BodyWriter(SeededRandom random)
{
    /// <summary>A session description of about <paramref name="targetWords"/> words (the last paragraph may overshoot a
    /// little).</summary>
    public string Session(TopicTheme theme, IReadOnlyList<LinkTarget> related, int targetWords)
    {
        var blocks = new List<string>
        {
            Paragraph(theme.Sentences, EnglishText.Sentences, 2, 2),
            "## " + random.Pick(EnglishText.PointsHeadings),
            Bullets(random.PickDistinct(theme.Points, random.Next(3, 6)).Select(Capitalize)),
            Paragraph(EnglishText.Sentences, theme.Sentences, 3, 1) + " " + random.Pick(EnglishText.Emphases),
            "## " + random.Pick(EnglishText.FormatHeadings),
            Paragraph(EnglishText.Sentences, EnglishText.Sentences, 2, 1),
            Numbered(
                random
                    .PickDistinct([.. Enumerable.Range(0, EnglishText.Steps.Count)], random.Next(3, 6))
                    .Order()
                    .Select(i => EnglishText.Steps[i])
            ),
        };

        var closing = Related(related);
        var words = Words(blocks) + Words(closing);
        while (words < targetWords)
        {
            if (random.Chance(0.3))
            {
                blocks.Add("### " + random.Pick(EnglishText.MoreHeadings));
            }

            var paragraph = random.Chance(0.1)
                ? "> " + random.Pick(theme.Sentences)
                : Paragraph(EnglishText.Sentences, theme.Sentences, random.Next(2, 4), random.Next(1, 3));
            blocks.Add(paragraph);
            words += Words(paragraph);
        }

        blocks.AddRange(closing);
        return string.Join("\n\n", blocks);
    }

    /// <summary>A French translation of a session description: shorter, with its own headings and a link to the
    /// topic.</summary>
    public string FrenchSession(TopicTheme theme, int targetWords)
    {
        var blocks = new List<string>
        {
            Paragraph(FrenchText.Sentences, FrenchText.Sentences, 2, 1),
            "## " + random.Pick(FrenchText.PointsHeadings),
            Bullets(random.PickDistinct(FrenchText.Points, 3).Select(Capitalize)),
            "## " + random.Pick(FrenchText.FormatHeadings),
        };
        var words = Words(blocks);
        while (words < targetWords)
        {
            var paragraph = Paragraph(FrenchText.Sentences, FrenchText.Sentences, 2, 2);
            blocks.Add(paragraph);
            words += Words(paragraph);
        }

        blocks.Add(
            $"Voir aussi : les séances sur le thème [{theme.FrenchName.ToLowerInvariant()}](/topics/{theme.Slug})."
        );
        return string.Join("\n\n", blocks);
    }

    /// <summary>A few paragraphs about a theme, the first starting with <paramref name="opening"/>, then a line of
    /// links.</summary>
    public string Prose(string opening, TopicTheme theme, int minWords, IReadOnlyList<LinkTarget> links)
    {
        var blocks = new List<string> { opening + " " + Paragraph(theme.Sentences, EnglishText.Sentences, 1, 1) };
        var words = Words(blocks);
        while (words < minWords)
        {
            var paragraph = Paragraph(EnglishText.Sentences, theme.Sentences, 2, 1);
            blocks.Add(paragraph);
            words += Words(paragraph);
        }

        if (links.Count > 0)
        {
            blocks.Add("See also: " + string.Join(", ", links.Select(l => l.Markdown)) + ".");
        }

        return string.Join("\n\n", blocks);
    }

    /// <summary>A longer text with headings and a list, for resources whose text is the resource itself.</summary>
    public string Guide(TopicTheme theme, int minWords, IReadOnlyList<LinkTarget> links)
    {
        var blocks = new List<string>
        {
            Paragraph(theme.Sentences, EnglishText.Sentences, 2, 1),
            "## Key ideas",
            Bullets(theme.Points.Select(Capitalize)),
            "## Putting it into practice",
        };
        var words = Words(blocks);
        while (words < minWords)
        {
            var paragraph = Paragraph(EnglishText.Sentences, theme.Sentences, 2, 2);
            blocks.Add(paragraph);
            words += Words(paragraph);
        }

        blocks.AddRange(Related(links));
        return string.Join("\n\n", blocks);
    }

    public static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static int Words(IEnumerable<string> blocks) => blocks.Sum(Words);

    private List<string> Related(IReadOnlyList<LinkTarget> links)
    {
        var blocks = new List<string>();
        if (links.Count > 0)
        {
            blocks.Add("## " + random.Pick(EnglishText.RelatedHeadings));
            blocks.Add(Bullets(links.Select(l => l.Markdown)));
        }

        blocks.Add($"You may also find {random.Pick(EnglishText.ExternalLinks)} useful.");
        return blocks;
    }

    /// <summary>Sentences from two banks, each sentence once, in random order.</summary>
    private string Paragraph(IReadOnlyList<string> first, IReadOnlyList<string> second, int fromFirst, int fromSecond)
    {
        var sentences = random.PickDistinct(first, fromFirst);
        foreach (
            var sentence in random
                .PickDistinct(second, fromSecond + 1)
                .Where(s => !sentences.Contains(s))
                .Take(fromSecond)
        )
        {
            sentences.Insert(random.Next(sentences.Count + 1), sentence);
        }

        return string.Join(' ', sentences);
    }

    private static string Bullets(IEnumerable<string> items) => string.Join('\n', items.Select(i => "- " + i));

    private static string Numbered(IEnumerable<string> items)
    {
        var builder = new StringBuilder();
        var n = 1;
        foreach (var item in items)
        {
            builder.Append(n++).Append(". ").Append(item).Append('\n');
        }

        return builder.ToString().TrimEnd('\n');
    }

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
