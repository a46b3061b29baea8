namespace WellnessConnection.Hosting.LiveContent;

/// <summary>The last publication's outcome, startup included, for <c>/readyz</c>.</summary>
public sealed class ReloadStatus
{
    private ContentReload? last;

    public ContentReload? Last => Volatile.Read(ref last);

    public void Record(ContentReload reload) => Volatile.Write(ref last, reload);
}
