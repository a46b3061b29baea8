using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using WellnessConnection.Content;

namespace WellnessConnection.Tests.Content;

/// <summary>
/// The validation fixtures (<c>Fixtures/Validation/&lt;rule&gt;/</c>, one small content folder per rule),
/// the repository's sample content, and the fixed clock both are checked at.
/// </summary>
public static class ContentFixtures
{
    /// <summary>"Now" for every content test, so that crisis-line staleness does not depend on the day the tests
    /// run.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Clock() => new(Now);

    /// <summary>
    /// The fixture every validation fixture starts from: a valid folder of a site, a session, a topic and a
    /// facilitator.
    /// </summary>
    public const string Base = "valid";

    /// <summary>
    /// A validation fixture as a content folder: <see cref="Base"/>, with the fixture's own files added or replacing
    /// the base's, and without the base files its <c>_absent.txt</c> lists. A fixture holds only what its rule needs,
    /// so a new required field means editing the base alone. Built once per test run, under the test output folder.
    /// </summary>
    public static string PathOf(string fixture) =>
        fixture == Base ? SourceOf(Base) : Merged.GetOrAdd(fixture, name => new Lazy<string>(() => Merge(name))).Value;

    /// <summary>Where a fixture's own files are, in the repository (not a copy: deleted files do not linger
    /// there).</summary>
    public static string SourceOf(string fixture) =>
        Path.Combine(
            Path.GetDirectoryName(SampleContentDirectory)!,
            "tests",
            "WellnessConnection.Tests",
            "Fixtures",
            "Validation",
            fixture
        );

    public static ContentLoadResult Load(string fixture) => LoadFolder(PathOf(fixture));

    public static ContentLoadResult LoadFolder(string directory) => new ContentLoader(Clock()).Load(directory);

    /// <summary>A throw-away copy of a fixture, for tests that write files too large or too binary to commit.</summary>
    public static TemporaryContentFolder CopyOf(string fixture) => TemporaryContentFolder.CopyOf(PathOf(fixture));

    /// <summary>The repository's real <c>content/</c> folder, next to <c>WellnessConnection.sln</c>.</summary>
    public static string SampleContentDirectory
    {
        get
        {
            for (
                var directory = new DirectoryInfo(AppContext.BaseDirectory);
                directory is not null;
                directory = directory.Parent
            )
            {
                if (File.Exists(Path.Combine(directory.FullName, "WellnessConnection.sln")))
                {
                    return Path.Combine(directory.FullName, "content");
                }
            }

            throw new DirectoryNotFoundException($"No WellnessConnection.sln above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>The file of a fixture that lists the base files to leave out.</summary>
    public const string AbsentList = "_absent.txt";

    private static readonly ConcurrentDictionary<string, Lazy<string>> Merged = new(StringComparer.Ordinal);

    private static string Merge(string fixture)
    {
        var overlay = SourceOf(fixture);
        if (!Directory.Exists(overlay))
        {
            throw new DirectoryNotFoundException(
                $"No validation fixture \"{fixture}\" in {Path.GetDirectoryName(overlay)}."
            );
        }

        var target = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Merged", fixture);
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        var absentFile = Path.Combine(overlay, AbsentList);
        var absent = File.Exists(absentFile)
            ? File.ReadAllLines(absentFile).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal)
            : [];
        Copy(SourceOf(Base), target, path => !absent.Contains(path));
        Copy(overlay, target, path => path != AbsentList);
        return target;
    }

    private static void Copy(string from, string to, Func<string, bool> include)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file).Replace('\\', '/');
            if (include(relative))
            {
                var destination = Path.Combine(to, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination, overwrite: true);
            }
        }
    }
}
