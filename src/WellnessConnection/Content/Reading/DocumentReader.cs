using System.Globalization;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Model;
using WellnessConnection.Content.Rendering;
using WellnessConnection.Content.Schema;
using WellnessConnection.Content.Yaml;

namespace WellnessConnection.Content.Reading;

/// <summary>
/// Reads an original and its optional French translation into a <see cref="Localized{T}"/>. The translation is
/// merged over the original field by field: it carries only what differs, the rest is inherited.
/// </summary>
public sealed class DocumentReader(MarkdownRenderer renderer)
{
    public Localized<T> Read<T>(
        SourceDocument original,
        SourceDocument? translation,
        DocumentBuild<T> build,
        ReadContext context
    )
        where T : ContentDocument
    {
        var schema = original.Path.Schema;
        var values = FieldReader.Read(original.FrontMatter.Entries, schema, original.Origin, context.Diagnostics);
        var body = Render(original, context);
        var english = build(values, new DocumentHeader(original.Path, "en", body), context);
        if (translation is null)
        {
            return new Localized<T>(english, null);
        }

        var merged = Merge(original.FrontMatter, translation.FrontMatter, schema, context.Diagnostics);
        var frenchValues = FieldReader.Read(merged, schema, original.Origin, context.Diagnostics);
        var frenchBody = string.IsNullOrWhiteSpace(translation.Body) ? body : Render(translation, context);
        var french = build(frenchValues, new DocumentHeader(translation.Path, "fr", frenchBody), context);
        return new Localized<T>(english, french);
    }

    /// <summary>
    /// Checks a translation whose original could not be read: its keys, the values it sets and its body. Fields it
    /// inherits cannot be checked without the original, so none is required here; the original's error blocks the run
    /// anyway.
    /// </summary>
    public void CheckAlone(SourceDocument translation, ReadContext context)
    {
        var schema = translation.Path.Schema;
        var entries = Merge(
            new YamlMapping(translation.Origin, []),
            translation.FrontMatter,
            schema,
            context.Diagnostics
        );
        var optional = schema with { Fields = [.. schema.Fields.Select(f => f with { Required = false })] };
        FieldReader.Read(entries, optional, translation.Origin, context.Diagnostics);
        Render(translation, context);
    }

    private RenderedMarkdown Render(SourceDocument document, ReadContext context)
    {
        if (LinkOpeningCost.FirstOverBudget(document.Body) is { } paragraph)
        {
            context.Diagnostics.Report(
                DiagnosticCodes.TooManyLinkOpenings,
                new SourcePosition(document.Path.Path, document.BodyFirstLine + paragraph.Line - 1, 1),
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"this paragraph has {paragraph.Openings:N0} link openings \"](\" in {paragraph.Length:N0} "
                        + $"characters, too many to read in reasonable time. Close each link with \")\", or split the "
                        + $"paragraph with blank lines."
                )
            );
            return renderer.Render("");
        }

        var body = renderer.Render(document.Body);
        BodyChecker.Check(body, document.Path.Path, document.BodyFirstLine, context.Known, context.Diagnostics);
        return body;
    }

    private static List<YamlEntry> Merge(
        YamlMapping original,
        YamlMapping translation,
        DocumentSchema schema,
        DiagnosticBag diagnostics
    )
    {
        var translated = new List<YamlEntry>();
        foreach (var entry in translation.Entries)
        {
            if (schema.Find(entry.Key) is { Translatable: false })
            {
                var allowed = string.Join(", ", schema.Fields.Where(f => f.Translatable).Select(f => f.Name));
                diagnostics.Report(
                    DiagnosticCodes.NotTranslatable,
                    entry.KeyPosition,
                    $"\"{entry.Key}\" cannot be set in a translation: it is inherited from the English file. Remove "
                        + $"this line (a translation may set: {allowed}, and the text)."
                );
                continue;
            }

            translated.Add(entry);
        }

        var keys = translated.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        return [.. original.Entries.Where(e => !keys.Contains(e.Key)), .. translated];
    }
}
