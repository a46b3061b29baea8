using Microsoft.Extensions.Time.Testing;
using WellnessConnection.Content;

namespace WellnessConnection.Tests.Content;

/// <summary>
/// The validation fixtures (<c>Fixtures/Validation/&lt;rule&gt;/</c>, one small content folder per rule),
/// the repository's sample content, and the fixed clock both are checked at.
/// </summary>
public static class ContentFixtures
{
    /// <summary>"Now" for every content test, so that crisis-line staleness does not depend on the day the tests run.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Clock() => new(Now);

    public static string PathOf(string fixture) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Validation", fixture);

    public static ContentLoadResult Load(string fixture) => LoadFolder(PathOf(fixture));

    public static ContentLoadResult LoadFolder(string directory) => new ContentLoader(Clock()).Load(directory);

    /// <summary>A throw-away copy of a fixture, for tests that write files too large or too binary to commit.</summary>
    public static TemporaryContentFolder CopyOf(string fixture) => TemporaryContentFolder.CopyOf(PathOf(fixture));

    /// <summary>The repository's real <c>content/</c> folder, next to <c>WellnessConnection.sln</c>.</summary>
    public static string SampleContentDirectory
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "WellnessConnection.sln")))
                {
                    return Path.Combine(directory.FullName, "content");
                }
            }

            throw new DirectoryNotFoundException($"No WellnessConnection.sln above {AppContext.BaseDirectory}.");
        }
    }
}
