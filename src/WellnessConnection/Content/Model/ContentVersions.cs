namespace WellnessConnection.Content.Model;

/// <summary>
/// The versions of one content folder. <see cref="Source"/> hashes every file, drafts included: it says whether a
/// reload changed anything, and previews use it. The public version hashes only what the public may see, so
/// editing a draft moves no public ETag, and it moves by itself at each <c>publishAt</c> as a scheduled document
/// goes live. The steps are a chain of hashes over the content alone, never over the time of a build, so every
/// instance serving the same files agrees on the version at any instant.
/// </summary>
public sealed record ContentVersions(string Source, string Public, IReadOnlyList<ScheduledVersion> Scheduled)
{
    /// <summary>The public version at <paramref name="now"/>: the last step whose document is live by then.</summary>
    public string PublicAt(DateTimeOffset now)
    {
        var version = Public;
        foreach (var step in Scheduled)
        {
            if (step.At > now)
            {
                break;
            }

            version = step.Version;
        }

        return version;
    }
}
