using System.Diagnostics;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Reading;

namespace WellnessConnection.Tests.Content.Validation;

/// <summary>
/// The content folder is untrusted input: links and special files are reported by path and never followed or
/// opened, and one file that breaks a parser is one diagnostic while the other files are still checked.
/// Links and fifos are made in a temporary copy of the valid fixture, never committed.
/// </summary>
public sealed class UntrustedFolderTests
{
    [Fact]
    public void A_file_linked_to_a_file_outside_the_folder_is_reported_and_not_published()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        using var outside = ContentFixtures.CopyOf("valid");
        LinkToASecretOutside(folder, outside);

        var result = ContentFixtures.LoadFolder(folder.Path);

        var diagnostic = DiagnosticAssert.Only(result, "WC113", Severity.Error, "pages/leak.md", 1, 1);
        Assert.DoesNotContain("SECRET", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(outside.Path, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_became_a_link_after_the_listing_is_reported_by_the_reader_and_not_followed()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        using var outside = ContentFixtures.CopyOf("valid");
        LinkToASecretOutside(folder, outside);
        var diagnostics = new DiagnosticBag();

        var bytes = ContentFileReader.ReadBytes(
            Path.Combine(folder.Path, "pages", "leak.md"),
            "pages/leak.md",
            diagnostics
        );

        Assert.Null(bytes);
        var diagnostic = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("WC113", "pages/leak.md"), (diagnostic.Code, diagnostic.Path));
        Assert.Equal(ContentFileReader.LinkMessage("file"), diagnostic.Message);
    }

    [Fact]
    public void A_folder_link_back_to_the_folder_is_reported_once_and_not_descended()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Link("sessions/loop", folder.Path, isFolder: true);

        var result = ContentFixtures.LoadFolder(folder.Path);

        DiagnosticAssert.Only(result, "WC113", Severity.Error, "sessions/loop", 1, 1);
    }

    [Fact]
    public void A_site_settings_link_to_a_system_file_is_never_read()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        File.Delete(Path.Combine(folder.Path, "site.yml"));
        folder.Link("site.yml", "/etc/passwd");

        var result = ContentFixtures.LoadFolder(folder.Path);

        Assert.Contains(result.Diagnostics, d => d is { Code: "WC113", Path: "site.yml" });
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("root", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_file_links_pointing_at_each_other_are_two_diagnostics_not_a_crash()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Link("pages/a.md", Path.Combine(folder.Path, "pages", "b.md"));
        folder.Link("pages/b.md", Path.Combine(folder.Path, "pages", "a.md"));

        var result = ContentFixtures.LoadFolder(folder.Path);

        Assert.Equal(
            ["pages/a.md", "pages/b.md"],
            result.Diagnostics.Where(d => d.Code == "WC113").Select(d => d.Path)
        );
        Assert.Equal(2, result.Diagnostics.Count);
    }

    [Fact]
    public void A_fifo_is_reported_without_waiting_for_a_writer()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        Directory.CreateDirectory(Path.Combine(folder.Path, "pages"));
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(folder.Path, "pages", "f.md")))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var result = ContentFixtures.LoadFolder(folder.Path);

        DiagnosticAssert.Only(result, "WC113", Severity.Error, "pages/f.md", 1, 1);
    }

    [Fact]
    public void A_body_past_the_Markdown_parser_depth_limit_is_one_diagnostic_and_the_other_files_are_still_checked()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write("pages/deep.md", "---\ntitle: Deep\n---\n" + new string('>', 50_000) + "\n");
        folder.Write("pages/broken.md", "---\ntitle: Broken\nnonsense: 1\n---\nText.\n");

        var result = ContentFixtures.LoadFolder(folder.Path);

        Assert.Contains(result.Diagnostics, d => d is { Code: "WC114", Path: "pages/deep.md" });
        Assert.Contains(result.Diagnostics, d => d is { Code: "WC201", Path: "pages/broken.md" });
    }

    [Fact]
    public void Fifty_thousand_unclosed_links_are_one_located_diagnostic_and_the_other_files_are_still_checked()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write(
            "pages/links.md",
            "---\ntitle: Links\n---\nIntro.\n\n" + string.Concat(Enumerable.Repeat("[a](", 50_000)) + "\n"
        );
        folder.Write("pages/broken.md", "---\ntitle: Broken\nnonsense: 1\n---\nText.\n");

        var result = ContentFixtures.LoadFolder(folder.Path);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Path == "pages/links.md");
        Assert.Equal(("WC405", 6, 1), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Contains(result.Diagnostics, d => d is { Code: "WC201", Path: "pages/broken.md" });
    }

    /// <summary>pages/leak.md of <paramref name="folder"/>, a link to a file of <paramref name="outside"/> whose text
    /// must never show.</summary>
    private static void LinkToASecretOutside(TemporaryContentFolder folder, TemporaryContentFolder outside) =>
        folder.Link("pages/leak.md", outside.Write("secret.md", "---\ntitle: Outside\n---\nSECRET-TEXT\n"));
}
