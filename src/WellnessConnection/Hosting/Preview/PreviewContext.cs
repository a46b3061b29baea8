using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Hosting.Preview;

public sealed class PreviewContext : IPreviewContext
{
    public static readonly PreviewContext Published = new(false);

    public static readonly PreviewContext Preview = new(true);

    private PreviewContext(bool isPreview) => IsPreview = isPreview;

    public bool IsPreview { get; }
}
