using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.Hosting.LiveContent;
using WellnessConnection.Tests.Content;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Hosting.EditorPreview;

/// <summary>
/// The server with the editor preview on, over a copy of the sample content (which has a draft session) plus a
/// session scheduled after the fixed "now". The folder is not watched: a test edits it, then asks for the reload
/// itself, so that each reload is one the test knows of.
/// </summary>
public sealed partial class EditorPreviewFactory : ContentApiFactory
{
    public const string DraftSlug = ScheduledSessionContent.DraftSlug;

    public const string ScheduledSlug = ScheduledSessionContent.ScheduledSlug;

    public const string SessionPath = "sessions/2026-12-08-example-sleep-part-2.md";

    public TemporaryContentFolder Content { get; } = ScheduledSessionContent.Create();

    protected override string ContentDirectory => Content.Path;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("EditorPreview:Enabled", "true"), new("LiveContent:Watch", "false")];

    /// <summary>A reload, as the watcher asks for one after a save.</summary>
    public Task<ContentReload> ReloadAsync() =>
        Services.GetRequiredService<ContentReloader>().RequestReload(ContentReload.Watch);

    /// <summary>Rewrites the title line of the sleep series' part 2, as an editor saves it.</summary>
    public void SetSessionTitle(string titleLine)
    {
        var text = File.ReadAllText(Path.Combine(Content.Path, SessionPath));
        Content.Write(SessionPath, TitleLine().Replace(text, titleLine, 1));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Content.Dispose();
        }
    }

    [GeneratedRegex("^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
