using CsCheck;
using WellnessConnection.Content.Model;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Indexing;
using WellnessConnection.Storage.Reading;
using WellnessConnection.Tests.Content;
using WellnessConnection.Tests.GraphQL.Common;

namespace WellnessConnection.Tests.Storage.Reading;

/// <summary>
/// An index built from content knows when "now" changes what it shows from the content itself, without a query, and
/// knows the same instants as the query over its rows that an index opened from a bundle runs.
/// </summary>
public sealed class VisibilityChangesOfContentTests : IDisposable
{
    private readonly string indexDirectory = Directory.CreateTempSubdirectory("wc-index-").FullName;
    private readonly SqlCommandCounter reads = new();

    [Fact]
    public void The_instants_of_the_content_are_those_of_the_index_rows()
    {
        var content = ContentFixtures.LoadFolder(ContentFixtures.SampleContentDirectory).Content!;
        var indexer = new ContentIndexer(new IndexOptions { Directory = indexDirectory }, ContentFixtures.Clock(), []);
        Assert.Contains(content.Sessions, s => s.French is not null);

        // Each session moved, lengthened, scheduled or not, a draft or not, its translation scheduled apart; several
        // at the same instants, so that repeats must count once.
        var changed = Gen.Int[-3, 3]
            .Array[5]
            .Array[content.Sessions.Count]
            .Select(changes => content with { Sessions = [.. content.Sessions.Zip(changes, Changed)] });
        changed.Sample(
            variant =>
            {
                var index = indexer.Build(variant);
                try
                {
                    Assert.Equal(VisibilityChanges.Read(index).Instants, index.Visibility.Instants);
                }
                finally
                {
                    index.Release();
                }
            },
            iter: 25,
            threads: 1
        );
    }

    [Fact]
    public void An_index_built_from_content_reads_nothing_to_know_them()
    {
        var content = ContentFixtures.LoadFolder(ContentFixtures.SampleContentDirectory).Content!;
        var indexer = new ContentIndexer(
            new IndexOptions { Directory = indexDirectory },
            ContentFixtures.Clock(),
            [reads]
        );
        var index = indexer.Build(content);
        try
        {
            Assert.NotEmpty(index.Visibility.Instants);
            Assert.Equal(0, reads.Count);

            // The counter sees the query that an index without its content runs.
            _ = VisibilityChanges.Read(index);
            Assert.Equal(1, reads.Count);
        }
        finally
        {
            index.Release();
        }
    }

    public void Dispose() => Directory.Delete(indexDirectory, recursive: true);

    /// <param name="change">Five numbers from -3 to 3: the hours the session moves, its length, its publication
    /// day, whether it is a draft, its translation's publication hour.</param>
    private static Localized<Session> Changed(Localized<Session> session, int[] change)
    {
        var (shift, length, schedule, draft, french) = (change[0], change[1], change[2], change[3], change[4]);
        var english = session.English with
        {
            StartsAt = session.English.StartsAt.AddHours(shift),
            DurationMinutes = 60 + (15 * Math.Abs(length)),
            PublishAt = schedule < 0 ? null : ContentFixtures.Now.AddDays(schedule),
            Draft = draft > 1,
        };
        var translation = session.French is null
            ? null
            : session.French with
            {
                StartsAt = english.StartsAt,
                DurationMinutes = english.DurationMinutes,
                PublishAt = french < 0 ? null : ContentFixtures.Now.AddHours(french),
                Draft = english.Draft,
            };
        return new Localized<Session>(english, translation);
    }
}
