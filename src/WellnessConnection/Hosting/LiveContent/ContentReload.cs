namespace WellnessConnection.Hosting.LiveContent;

/// <summary>The outcome of one publication of the content folder, shown by <c>/readyz</c> and the reload
/// webhook.</summary>
public sealed record ContentReload
{
    public const string Startup = "startup";
    public const string Watch = "watch";
    public const string Webhook = "webhook";
    public const string BundleWatch = "bundle";

    /// <summary>What asked for it: <see cref="Startup"/>, <see cref="Watch"/>, <see cref="Webhook"/> or
    /// <see cref="BundleWatch"/>.</summary>
    public required string Trigger { get; init; }

    public required DateTimeOffset At { get; init; }

    public required double DurationMilliseconds { get; init; }

    /// <summary>The content is valid and in service; when false, the last good content is still served.</summary>
    public required bool Succeeded { get; init; }

    /// <summary>A new index was published; false when the files had not changed since the index in service.</summary>
    public bool Changed { get; init; }

    /// <summary>The content version in service after the reload.</summary>
    public string? Version { get; init; }

    /// <summary>The file name of the bundle in service after the reload, when serving bundles.</summary>
    public string? Bundle { get; init; }

    public int ErrorCount { get; init; }

    public int WarningCount { get; init; }

    /// <summary>The first errors, as <c>path:line:column: error CODE: message</c>, or the exception that stopped the
    /// reload.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];
}
