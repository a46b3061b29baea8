using System.Runtime;
using WellnessConnection.Storage;

namespace WellnessConnection.Hosting;

/// <summary>
/// .NET's multicore JIT: a start records which methods it compiled, in the index folder, and the next start of the
/// instance compiles them ahead on the other core while this one reads its settings and opens the index. From a
/// bundle of 10,000 sessions, that took a restart from 0.75 s to 0.55 s (ReadyToRun leaves the generic code of one
/// library over another's types, the lambdas and the schema's resolvers to the JIT). A first start takes the
/// profile published beside the app (<c>deploy/jit-profile</c> records one from a start on the sample content), so a
/// new replica starts as fast as a restarted one. An index in memory has no folder, and keeps no profile.
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

    /// <summary>A folder without a profile of its own starts from the one published with the app.</summary>
    internal static void SeedFromPublished(string directory, string appDirectory)
    {
        var profile = Path.Combine(directory, FileName);
        var published = Path.Combine(appDirectory, FileName);
        if (!File.Exists(profile) && File.Exists(published))
        {
            File.Copy(published, profile);
        }
    }
}
