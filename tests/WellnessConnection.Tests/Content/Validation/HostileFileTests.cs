using System.Diagnostics;
using System.Text;
using WellnessConnection.Content;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Reading;

namespace WellnessConnection.Tests.Content.Validation;

/// <summary>
/// Files no editor means to write (binary, mis-encoded, huge, pathological YAML) give one clear error, quickly,
/// instead of a crash or a hang. They are generated into a temporary copy of the valid fixture, never committed.
/// </summary>
public sealed class HostileFileTests
{
    private const string Stress = "topics/stress.md";

    [Fact]
    public void A_file_with_NUL_bytes_is_reported_as_binary()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write(Stress, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.LoadFolder(folder.Path),
            "WC102",
            Severity.Error,
            Stress,
            1,
            1
        );

        Assert.Contains("looks like a binary file", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_UTF8_asks_to_save_it_as_UTF8()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write(Stress, Encoding.Latin1.GetBytes("---\nname: Stress\n---\nLe stress, ça arrive.\n"));

        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.LoadFolder(folder.Path),
            "WC102",
            Severity.Error,
            Stress,
            1,
            1
        );

        Assert.Contains("save it again with UTF-8 encoding", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_exactly_the_size_limit_is_read()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write(Stress, TextOfLength(ContentFileReader.MaxFileBytes));

        Assert.Empty(ContentFixtures.LoadFolder(folder.Path).Diagnostics);
    }

    [Fact]
    public void A_file_one_byte_over_1_MB_is_too_large_and_the_message_shows_the_byte_over()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write(Stress, TextOfLength(ContentFileReader.MaxFileBytes + 1));

        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.LoadFolder(folder.Path),
            "WC103",
            Severity.Error,
            Stress,
            1,
            1
        );

        Assert.StartsWith(
            "the file is 1,048,577 bytes; a content file may be at most 1,048,576 bytes (1 MB).",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_file_a_little_over_1_MB_gives_its_size_to_two_decimals()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.WriteSized(Stress, 1_100_000);

        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.LoadFolder(folder.Path),
            "WC103",
            Severity.Error,
            Stress,
            1,
            1
        );

        Assert.StartsWith(
            "the file is 1.05 MB; a content file may be at most 1 MB.",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_50_MB_file_gives_one_clear_error_without_being_read()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.WriteSized(Stress, 50L * 1024 * 1024);

        var watch = Stopwatch.StartNew();
        var result = ContentFixtures.LoadFolder(folder.Path);
        watch.Stop();

        var diagnostic = DiagnosticAssert.Only(result, "WC103", Severity.Error, Stress, 1, 1);
        Assert.Contains("the file is 50 MB", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"Took {watch.Elapsed}.");
    }

    [Theory]
    [InlineData("[")]
    [InlineData("{")]
    [InlineData("- ")]
    public async Task Ten_thousand_nesting_levels_give_one_error_without_crashing(string opener)
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write(
            Stress,
            $"---\nname: Stress\nsummary: {string.Concat(Enumerable.Repeat(opener, 10_000))}\n---\nStress.\n"
        );

        var result = await LoadWithin(folder, TimeSpan.FromSeconds(10));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.True(diagnostic.Code is "WC112" or "WC106", diagnostic.ToString());
        Assert.Equal((Stress, 3), (diagnostic.Path, diagnostic.Line));
        Assert.Null(result.Content);
    }

    [Fact]
    public async Task More_than_ten_thousand_values_are_too_complex()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write(
            Stress,
            $"---\nname: Stress\nsummary: [{string.Join(", ", Enumerable.Repeat("a", 10_001))}]\n---\nStress.\n"
        );

        var diagnostic = Assert.Single((await LoadWithin(folder, TimeSpan.FromSeconds(10))).Diagnostics);

        Assert.Equal(("WC112", Stress, 3), (diagnostic.Code, diagnostic.Path, diagnostic.Line));
        Assert.Contains("more than 10000 values", diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>A valid topic file of exactly <paramref name="length"/> bytes (ASCII, so bytes = characters).</summary>
    private static string TextOfLength(long length)
    {
        const string header = "---\nname: Stress\n---\n";
        return header + new string('a', (int)length - header.Length - 1) + "\n";
    }

    /// <summary>Loads the folder, failing with a <see cref="TimeoutException"/> instead of hanging the test
    /// run.</summary>
    private static Task<ContentLoadResult> LoadWithin(TemporaryContentFolder folder, TimeSpan limit) =>
        Task.Run(() => ContentFixtures.LoadFolder(folder.Path)).WaitAsync(limit);
}
