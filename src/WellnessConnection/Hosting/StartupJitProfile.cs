using System.Runtime;
using WellnessConnection.Storage;

namespace WellnessConnection.Hosting;

/// <summary>
/// .NET's multicore JIT: a start records which methods it compiled, in the index folder, and the next start of the
/// instance compiles them ahead on the other core while this one reads its settings and opens the index. From a
/// bundle of 10,000 sessions, a start went from 0.68 s to 0.47 s (self-contained composite ReadyToRun, medians of
/// bench/run's build; even that leaves lambdas, the schema's resolvers and some generic code to the JIT). A start
/// takes the profile published beside the app when there is one (<c>deploy/jit-profile</c> records one from a start
/// on the sample content), so a new replica starts as fast as a restarted one. An index in memory has no folder,
/// and keeps no profile.
/// </summary>
public static class StartupJitProfile
{
    public const string FileName = "startup.jitprofile";

    /// <summary>Starts recording, and compiling what the last start recorded; called first thing, before the
    /// settings are bound (an invalid setting then stops the start as usual).</summary>
    public static void Start(IConfiguration configuration)
    {
        var index = configuration.GetSection(IndexOptions.Section);
        if (bool.TryParse(index[nameof(IndexOptions.InMemory)], out var inMemory) && inMemory)
        {
            return;
        }

        var directory = index[nameof(IndexOptions.Directory)] ?? new IndexOptions().Directory;

        try
        {
            Directory.CreateDirectory(directory);
            SeedFromPublished(directory, AppContext.BaseDirectory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return; // The index cannot be built there either: the settings check reports that.
        }

        ProfileOptimization.SetProfileRoot(Path.GetFullPath(directory));
        ProfileOptimization.StartProfile(FileName);
    }

    /// <summary>Every start begins from the profile published with the app when there is one, so that every
    /// start of a build compiles the same methods ahead: those of a start and of requests of every kind
    /// (deploy/jit-profile), where a replica's own last start may have answered one probe. Without one, the
    /// folder's own profile is used and rewritten.</summary>
    internal static void SeedFromPublished(string directory, string appDirectory)
    {
        var published = Path.Combine(appDirectory, FileName);
        if (File.Exists(published))
        {
            File.Copy(published, Path.Combine(directory, FileName), overwrite: true);
        }
    }
}
