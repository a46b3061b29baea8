using WellnessConnection.Tests.Hosting.LiveContent;

namespace WellnessConnection.Tests.Hosting.EditorPreview;

/// <summary>The server over a copy of the sample content, with the editor preview on and no file watcher: the tests
/// reload when they choose.</summary>
public sealed class EditorPreviewFactory() : LiveContentFactory(watch: false)
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("EditorPreview:Enabled", "true")];
}
