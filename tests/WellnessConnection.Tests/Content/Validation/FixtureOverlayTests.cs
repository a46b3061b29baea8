namespace WellnessConnection.Tests.Content.Validation;

/// <summary>
/// A validation fixture holds only what differs from the base (<see cref="ContentFixtures.Base"/>): 164 of the 220
/// files were copies of the base's 4, so a new required field meant editing about 50 folders. Copies must not creep
/// back.
/// </summary>
public sealed class FixtureOverlayTests
{
    private static readonly string Root = Path.GetDirectoryName(ContentFixtures.SourceOf(ContentFixtures.Base))!;

    public static TheoryData<string> Fixtures =>
        [
            .. Directory
                .EnumerateDirectories(Root)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(f => f != ContentFixtures.Base)
                .Order(StringComparer.Ordinal),
        ];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_fixture_holds_no_copy_of_a_base_file(string fixture)
    {
        var overlay = ContentFixtures.SourceOf(fixture);
        var copies = Directory
            .EnumerateFiles(overlay, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(overlay, file))
            .Where(path =>
                File.Exists(Path.Combine(ContentFixtures.SourceOf(ContentFixtures.Base), path))
                && File.ReadAllBytes(Path.Combine(overlay, path))
                    .AsSpan()
                    .SequenceEqual(
                        File.ReadAllBytes(Path.Combine(ContentFixtures.SourceOf(ContentFixtures.Base), path))
                    )
            );

        Assert.Empty(copies);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_fixture_leaves_out_only_files_the_base_has(string fixture)
    {
        var list = Path.Combine(ContentFixtures.SourceOf(fixture), ContentFixtures.AbsentList);
        var absent = File.Exists(list) ? File.ReadAllLines(list).Where(l => l.Length > 0) : [];

        Assert.All(absent, path =>
            Assert.True(
                File.Exists(Path.Combine(ContentFixtures.SourceOf(ContentFixtures.Base), path)),
                $"{fixture} leaves out {path}, which the base does not have"
            )
        );
    }
}
