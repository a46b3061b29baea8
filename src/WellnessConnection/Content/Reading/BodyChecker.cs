using System.Text.RegularExpressions;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Rendering;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Reading;

/// <summary>Checks a rendered body: internal links resolve, and nothing was dropped for safety without the editor
/// knowing.</summary>
public static partial class BodyChecker
{
    public static void Check(
        RenderedMarkdown body,
        string path,
        int bodyFirstLine,
        KnownDocuments known,
        DiagnosticBag diagnostics
    )
    {
        SourcePosition At(int line, int column) => new(path, bodyFirstLine + line - 1, column);

        // One warning per line: `<b>bold</b>` is one mistake to fix, not two.
        foreach (var line in body.Issues.Where(i => i.Kind == MarkdownIssueKind.RawHtml).GroupBy(i => i.Line))
        {
            var first = line.First();
            var tags = string.Join(", ", line.Select(i => Shorten(i.Detail)).Distinct(StringComparer.Ordinal));
            diagnostics.Report(
                DiagnosticCodes.RawHtml,
                At(first.Line, first.Column),
                $"raw HTML ({tags}) is shown as text, not as HTML; use Markdown instead (`**bold**`, "
                    + $"`[text](https://...)`, `## Heading`)."
            );
        }

        foreach (var issue in body.Issues.Where(i => i.Kind == MarkdownIssueKind.UnsafeLink))
        {
            diagnostics.Report(
                DiagnosticCodes.UnsafeLink,
                At(issue.Line, issue.Column),
                $"the link \"{Shorten(issue.Detail)}\" is removed: only https://, http://, mailto: and tel: links, "
                    + $"and links to other content such as /sessions/<slug>, are allowed."
            );
        }

        foreach (var link in body.Links)
        {
            CheckInternalLink(link, known, At(link.Line, link.Column), diagnostics);
        }
    }

    private static void CheckInternalLink(
        MarkdownLink link,
        KnownDocuments known,
        SourcePosition at,
        DiagnosticBag diagnostics
    )
    {
        if (!link.Url.StartsWith('/') || link.Url.StartsWith("//", StringComparison.Ordinal))
        {
            return;
        }

        var target = link.Url.Split('#', '?')[0].Trim('/');
        var segments = target.Split('/');
        var schema = ContentSchemas.Documents.FirstOrDefault(s => s.Folder == segments[0]);
        if (schema is null)
        {
            return; // Not a content link (e.g. /feeds/sessions.ics): the site owns those paths.
        }

        if (segments.Length == 1)
        {
            return; // A list page (/sessions, /topics/, ...): a front end may have one for every folder.
        }

        var slug = segments[1];
        if (segments.Length == 2 && known.Exists(schema.Kind, slug))
        {
            return;
        }

        var why =
            segments.Length > 2 ? $"a link to content is /{schema.Folder}/<slug>, with nothing after the slug."
            : DatedSessionSlug(schema, slug, known) is { } undated
                ? $"session links use the slug without the date: "
                    + $"{link.Url.Replace(slug, undated, StringComparison.Ordinal)}."
            : $"there is no {schema.Folder}/{slug}.md.{Suggestions.DidYouMean(slug, known.SlugsOf(schema.Kind))} "
                + $"Links to content are written /{schema.Folder}/<slug>.";
        diagnostics.Report(DiagnosticCodes.BrokenLink, at, $"the link \"{link.Url}\" points to no document: {why}");
    }

    /// <summary>The slug of <c>2023-12-05-sleep-part-1</c> when it is a session's: editors copy the file name, date and
    /// all.</summary>
    private static string? DatedSessionSlug(DocumentSchema schema, string slug, KnownDocuments known)
    {
        var match = DatePrefix().Match(slug);
        return
            schema.Kind == DocumentKind.Session
            && match.Success
            && known.Exists(DocumentKind.Session, slug[match.Length..])
            ? slug[match.Length..]
            : null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-")]
    private static partial Regex DatePrefix();
}
