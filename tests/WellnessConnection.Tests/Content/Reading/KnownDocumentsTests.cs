using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Loading;
using WellnessConnection.Content.Reading;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Tests.Content.Reading;

public sealed class KnownDocumentsTests
{
    private static readonly string[] Files = ["sessions/2023-12-05-sleep-part-1.md", "topics/sleep.md"];

    [Fact]
    public void A_lookup_is_recorded_with_the_slug_of_the_file_not_the_string_it_was_asked_with()
    {
        var paths = Files.Select(f => ContentPath.Parse(f, Files, new DiagnosticBag())!).ToList();
        var lookups = new List<KnownLookup>();
        var known = new KnownDocuments(paths).Recording(lookups);
        // As a slug cut from a link's URL is: equal to the file's, another string.
        var asked = "/sessions/sleep-part-1".Split('/')[2];

        Assert.True(known.Exists(DocumentKind.Session, asked));
        Assert.False(known.Exists(DocumentKind.Topic, "burnout"));

        Assert.Equal(
            [new KnownLookup(DocumentKind.Session, "sleep-part-1", true), new(DocumentKind.Topic, "burnout", false)],
            lookups
        );
        // The lookups are kept with the document until the next run: they hold no string of their own.
        Assert.Same(paths[0].Slug, lookups[0].Slug);
        Assert.NotSame(asked, lookups[0].Slug);
    }
}
