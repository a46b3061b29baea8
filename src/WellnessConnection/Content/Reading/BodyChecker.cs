using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Rendering;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Reading;

/// <summary>Checks a rendered body: internal links resolve, and nothing was dropped for safety without the editor knowing.</summary>
public static class BodyChecker
{
    public static void Check(RenderedMarkdown body, string path, int bodyFirstLine, KnownDocuments known, DiagnosticBag diagnostics)
    {
        SourcePosition At(int line, int column) => new(path, bodyFirstLine + line - 1, column);

        foreach (var issue in body.Issues)
        {
            if (issue.Kind == MarkdownIssueKind.RawHtml)
            {
                diagnostics.Report(DiagnosticCodes.RawHtml, At(issue.Line, issue.Column),
                    $"raw HTML ({Shorten(issue.Detail)}) is shown as text, not as HTML; use Markdown instead (`**bold**`, `[text](https://...)`, `## Heading`).");
            }
            else
            {
                diagnostics.Report(DiagnosticCodes.UnsafeLink, At(issue.Line, issue.Column),
                    $"the link \"{Shorten(issue.Detail)}\" is removed: only https://, http://, mailto: and tel: links, and links to other content such as /sessions/<slug>, are allowed.");
            }
        }

        foreach (var link in body.Links)
        {
            CheckInternalLink(link, known, At(link.Line, link.Column), diagnostics);
        }
    }

    private static void CheckInternalLink(MarkdownLink link, KnownDocuments known, SourcePosition at, DiagnosticBag diagnostics)
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

        if (segments.Length == 2 && known.Exists(schema.Kind, segments[1]))
        {
            return;
        }

        var slug = segments.Length > 1 ? segments[1] : "";
        diagnostics.Report(DiagnosticCodes.BrokenLink, at,
            $"the link \"{link.Url}\" points to no document: there is no {schema.Folder}/{slug}.md.{Suggestions.DidYouMean(slug, known.SlugsOf(schema.Kind))} "
            + $"Links to content are written /{schema.Folder}/<slug>.");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
