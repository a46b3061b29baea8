namespace WellnessConnection.Content.Rendering;

/// <summary>
/// Markdig's cost for the link destinations of a paragraph. Each <c>](</c> that no <c>)</c> closes is read to the
/// end of its paragraph, so a paragraph of <c>L</c> characters with <c>k</c> openings costs about <c>k × L</c>
/// (bench/README.md, "Figures behind design choices"). A blank line ends every inline span, so the paragraphs counted
/// here, between blank lines, bound the real ones. Checked in one pass before Markdig is given the text.
/// </summary>
public static class LinkOpeningCost
{
    /// <summary>Far above real text: a paragraph of 2,000 characters and 20 links costs 40,000.</summary>
    public const long Budget = 20_000_000;

    /// <summary>The first paragraph over <see cref="Budget"/>, by its first line (1-based), or null.</summary>
    public static ExpensiveParagraph? FirstOverBudget(string markdown)
    {
        var (line, start, length, openings) = (1, 1, 0L, 0L);
        for (var i = 0; i <= markdown.Length; i++)
        {
            var atEnd = i == markdown.Length;
            if (atEnd || markdown[i] == '\n')
            {
                var blank = IsBlankLine(markdown, i);
                if (blank || atEnd)
                {
                    if (openings * length > Budget)
                    {
                        return new ExpensiveParagraph(start, (int)openings, (int)length);
                    }

                    (start, length, openings) = (line + 1, 0, 0);
                }

                line++;
                continue;
            }

            length++;
            if (markdown[i] == '(' && i > 0 && markdown[i - 1] == ']')
            {
                openings++;
            }
        }

        return null;
    }

    /// <summary>Whether the line ending at <paramref name="end"/> holds only spaces and tabs (or a carriage
    /// return).</summary>
    private static bool IsBlankLine(string markdown, int end)
    {
        for (var i = end - 1; i >= 0 && markdown[i] != '\n'; i--)
        {
            if (markdown[i] is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }

        return true;
    }
}
