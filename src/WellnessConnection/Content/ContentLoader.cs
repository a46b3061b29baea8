using System.Security.Cryptography;
using System.Text;
using NodaTime;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Model;
using WellnessConnection.Content.Reading;
using WellnessConnection.Content.Reading.Builders;
using WellnessConnection.Content.Rendering;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content;

/// <summary>
/// Reads a content folder: files → front matter and body → typed, rendered, cross-checked documents.
/// Pure apart from reading the files; every problem of the run is collected, none stops the others.
/// </summary>
public sealed class ContentLoader(TimeProvider time)
{
    public const string SiteFile = "site.yml";

    private readonly DocumentReader reader = new(new MarkdownRenderer());

    public ContentLoadResult Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The content folder \"{directory}\" does not exist.");
        }

        var diagnostics = new DiagnosticBag();
        var files = ContentFiles(directory);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var site = ReadSite(directory, files, texts, diagnostics);

        var paths = files.Select(f => ContentPath.Parse(f, files, diagnostics)).OfType<ContentPath>().ToList();
        var sources = paths
            .AsParallel().AsOrdered()
            .Select(p => (Path: p, Text: ContentFileReader.Read(Path.Combine(directory, p.Path), p.Path, diagnostics)))
            .ToList();
        foreach (var (path, text) in sources.Where(s => s.Text is not null))
        {
            texts[path.Path] = text!;
        }

        var documents = sources
            .AsParallel().AsOrdered()
            .Select(s => s.Text is null ? null : SourceDocument.Parse(s.Path, s.Text, diagnostics))
            .OfType<SourceDocument>()
            .ToList();

        var today = Instant.FromDateTimeOffset(time.GetUtcNow()).InZone(DateTimeZoneProviders.Tzdb[site.DefaultTimeZone]).Date;
        var context = new ReadContext(site, new KnownDocuments(paths), today, diagnostics);
        var groups = DocumentGroups.Of(documents, paths, diagnostics);

        var content = new ContentSet
        {
            Site = site,
            Version = VersionOf(texts),
            Sessions = Read(groups, DocumentKind.Session, SessionBuilder.Build, context),
            Series = Read(groups, DocumentKind.Series, SeriesBuilder.Build, context),
            Topics = Read(groups, DocumentKind.Topic, TopicBuilder.Build, context),
            Facilitators = Read(groups, DocumentKind.Facilitator, FacilitatorBuilder.Build, context),
            Resources = Read(groups, DocumentKind.Resource, ResourceBuilder.Build, context),
            CrisisLines = Read(groups, DocumentKind.CrisisLine, CrisisLineBuilder.Build, context),
            Pages = Read(groups, DocumentKind.Page, PageBuilder.Build, context),
        };
        SeriesParts.Check(content.Sessions, documents, diagnostics);
        foreach (var translation in DocumentGroups.WithUnreadableOriginal(documents, paths))
        {
            reader.CheckAlone(translation, context);
        }

        return new ContentLoadResult(diagnostics.HasErrors ? null : content, diagnostics.ToSortedList())
        {
            FileCount = (files.Contains(SiteFile) ? 1 : 0) + paths.Count,
        };
    }

    private List<Localized<T>> Read<T>(IReadOnlyList<DocumentGroup> groups, DocumentKind kind, DocumentBuild<T> build, ReadContext context)
        where T : ContentDocument =>
        groups
            .Where(g => g.Original.Path.Schema.Kind == kind)
            .AsParallel().AsOrdered()
            .Select(g => reader.Read(g.Original, g.Translation, build, context))
            .ToList();

    private static SiteSettings ReadSite(string directory, IReadOnlyList<string> files, Dictionary<string, string> texts, DiagnosticBag diagnostics)
    {
        if (!files.Contains(SiteFile))
        {
            diagnostics.Report(DiagnosticCodes.MissingSiteSettings, SourcePosition.StartOf(SiteFile),
                "site.yml is missing from the content folder; create it there with at least the line `name: Wellness Connection` (see the editors' guide, content/README.md).");
            return new SiteSettings { Name = "" };
        }

        var text = ContentFileReader.Read(Path.Combine(directory, SiteFile), SiteFile, diagnostics);
        if (text is null)
        {
            return new SiteSettings { Name = "" };
        }

        texts[SiteFile] = text;
        return SiteSettingsReader.Read(text, diagnostics);
    }

    private static List<string> ContentFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string VersionOf(Dictionary<string, string> texts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, text) in texts.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path));
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
