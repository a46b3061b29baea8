namespace WellnessConnection.Hosting.LiveContent;

/// <summary>How content changes reach the server (section <c>LiveContent</c> of the configuration).</summary>
public sealed class LiveContentOptions
{
    public const string Section = "LiveContent";

    /// <summary>Watch the content folder and reload on every change. Default <c>true</c>.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>Quiet time after the last change before a reload, so that an editor's save burst causes one reload.</summary>
    public int DebounceMilliseconds { get; set; } = 200;

    /// <summary>The shared secret of <c>POST /hooks/reload</c>; the endpoint answers 404 while none is set.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The largest webhook body read; GitHub's push payloads are usually a few kilobytes.</summary>
    public int WebhookMaxBodyBytes { get; set; } = 1024 * 1024;
}
