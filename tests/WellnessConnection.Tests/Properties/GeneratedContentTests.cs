using CsCheck;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Tests.Content;

namespace WellnessConnection.Tests.Properties;

/// <summary>
/// Generated content folders: the valid fixture plus one to three generated files, links or links to devices.
/// Whatever they hold, the loader finishes without an exception, every problem names a file of the folder with a
/// line and a column, a folder it refuses has an error to say why, and the fixture's own files stay clean. 150
/// seeded folders in CI; <c>WC_PROPERTY_ITERATIONS=5000</c> for a long run by hand.
/// </summary>
public sealed class GeneratedContentTests
{
    private static readonly string[] FixtureFiles =
    [
        "site.yml",
        "sessions/2023-12-05-sleep-part-1.md",
        "topics/self-care.md",
        "facilitators/daniela-isfan.md",
    ];

    [Fact]
    public void Every_generated_folder_is_checked_to_the_end_with_each_problem_on_its_file()
    {
        var (tried, refused) = (0, 0);
        ContentFileGen
            .File.Array[1, 3]
            .Sample(
                files =>
                {
                    using var folder = ContentFixtures.CopyOf("valid");
                    var written = Write(folder, files);

                    var result = ContentFixtures.LoadFolder(folder.Path);
                    tried++;
                    refused += result.Content is null ? 1 : 0;

                    Assert.All(result.Diagnostics, d =>
                    {
                        Assert.True(
                            written.Contains(d.Path) || FixtureFiles.Contains(d.Path),
                            $"{d.Code} names {d.Path}, which is not a file of the folder"
                        );
                        Assert.True(d.Line >= 1 && d.Column >= 1, $"{d.Code} on {d.Path} has no position");
                    });
                    Assert.True(
                        result.Content is not null || result.Diagnostics.Any(d => d.Severity == Severity.Error),
                        "refused without an error"
                    );
                },
                seed: PropertyRuns.Seed("0000000000002"),
                iter: PropertyRuns.Iterations(150),
                threads: 1,
                print: files => string.Join("\n", files.Select(f => f.ToString()))
            );

        // The generator must reach the checks: most folders have something wrong, some are still published.
        Assert.InRange(refused, tried / 4, tried - 1);
    }

    /// <summary>Writes the generated entries that can exist side by side, and returns the paths written.</summary>
    private static HashSet<string> Write(TemporaryContentFolder folder, GeneratedFile[] files)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => !FixtureFiles.Contains(f.Path)))
        {
            var full = Path.Combine(folder.Path, file.Path);
            if (!written.Add(file.Path) || Directory.Exists(full))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            if (file.LinkTarget is { } target)
            {
                File.CreateSymbolicLink(full, target);
            }
            else
            {
                folder.Write(file.Path, file.Bytes);
            }
        }

        // A file under "sessions/nested" makes "sessions/nested" a folder that may be reported as such.
        foreach (var path in written.ToList())
        {
            for (
                var parent = Path.GetDirectoryName(path);
                !string.IsNullOrEmpty(parent);
                parent = Path.GetDirectoryName(parent)
            )
            {
                written.Add(parent);
            }
        }

        return written;
    }
}
