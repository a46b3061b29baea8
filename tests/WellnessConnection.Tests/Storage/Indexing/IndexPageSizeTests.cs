using Microsoft.Data.Sqlite;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Indexing;
using WellnessConnection.Tests.Content;

namespace WellnessConnection.Tests.Storage.Indexing;

/// <summary>A new index file is laid out in pages of <see cref="IndexWriter.PageSize"/>, which SQLite takes only
/// before the first table is made, and a patched index keeps them.</summary>
public sealed class IndexPageSizeTests : IDisposable
{
    private readonly string indexDirectory = Directory.CreateTempSubdirectory("wc-index-").FullName;

    [Fact]
    public void A_new_index_and_a_patched_one_have_the_chosen_page_size()
    {
        var indexer = new ContentIndexer(new IndexOptions { Directory = indexDirectory }, ContentFixtures.Clock(), []);
        var content = ContentFixtures.LoadFolder(ContentFixtures.SampleContentDirectory).Content!;
        var built = indexer.Build(content);
        ContentIndex patched;
        using (var patch = indexer.Begin(basis: built))
        {
            patch.Begin([], everything: false);
            patched = indexer.Complete(patch, content, cache: null);
        }

        try
        {
            Assert.True(patched.Statistics.Patched);
            Assert.Equal(IndexWriter.PageSize, PageSizeOf(built.ConnectionString));
            Assert.Equal(IndexWriter.PageSize, PageSizeOf(patched.ConnectionString));
        }
        finally
        {
            built.Release();
            patched.Release();
        }
    }

    public void Dispose() => Directory.Delete(indexDirectory, recursive: true);

    private static long PageSizeOf(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size;";
        return (long)command.ExecuteScalar()!;
    }
}
