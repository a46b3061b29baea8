using Microsoft.Data.Sqlite;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Indexing;
using WellnessConnection.Tests.Content;

namespace WellnessConnection.Tests.Storage.Indexing;

/// <summary>
/// A server's index files outlive it when it crashes or is killed; the next server to claim the folder removes them,
/// and only them: never the files of a server still running, nor files of another form.
/// </summary>
public sealed class IndexFolderOwnerTests : IDisposable
{
    /// <summary>What a killed server leaves: its lock file, no longer locked (the kernel let the lock go with the
    /// process), its index and the copy made ahead for its next patch.</summary>
    private const string KilledOwner = "0123456789ab";

    private readonly string indexDirectory = Directory.CreateTempSubdirectory("wc-index-").FullName;

    [Fact]
    public void The_index_files_of_a_killed_server_go_before_the_next_server_builds_its_index()
    {
        var left = LeaveFilesOfKilledServer();

        var indexer = new ContentIndexer(new IndexOptions { Directory = indexDirectory }, ContentFixtures.Clock(), []);
        var index = indexer.Build(ContentFixtures.LoadFolder(ContentFixtures.SampleContentDirectory).Content!);
        try
        {
            Assert.All(left, file => Assert.False(File.Exists(file), $"{file} is still there"));
            Assert.Equal(new AbandonedIndexFiles(Removed: 2, Bytes: 3000, Kept: 0), indexer.ClaimFolder());
            Assert.True(File.Exists(index.Location.File));
        }
        finally
        {
            index.Release();
            indexer.Dispose();
        }
    }

    [Fact]
    public void The_index_files_of_a_server_still_running_are_kept_and_keep_serving()
    {
        var running = new ContentIndexer(new IndexOptions { Directory = indexDirectory }, ContentFixtures.Clock(), []);
        var content = ContentFixtures.LoadFolder(ContentFixtures.SampleContentDirectory).Content!;
        var served = running.Build(content);
        var starting = new ContentIndexer(new IndexOptions { Directory = indexDirectory }, ContentFixtures.Clock(), []);
        try
        {
            Assert.Equal(new AbandonedIndexFiles(0, 0, 0), starting.ClaimFolder());
            Assert.True(File.Exists(served.Location.File));
            Assert.Equal(content.Sessions.Count * 2, CountSessions(served));
        }
        finally
        {
            served.Release();
            running.Dispose();
            starting.Dispose();
        }
    }

    [Fact]
    public void Files_a_server_left_after_giving_up_its_claim_go_with_the_next_claim()
    {
        var stopped = new ContentIndexer(new IndexOptions { Directory = indexDirectory }, ContentFixtures.Clock(), []);
        var left = stopped.Build(ContentFixtures.LoadFolder(ContentFixtures.SampleContentDirectory).Content!);
        stopped.Dispose();
        var length = new FileInfo(left.Location.File!).Length;
        SqliteConnection.ClearAllPools();

        using var next = IndexFolderOwner.Claim(indexDirectory);

        Assert.Equal(new AbandonedIndexFiles(1, length, 0), next.Abandoned);
        Assert.False(File.Exists(left.Location.File));
    }

    [Fact]
    public void Files_of_other_forms_and_the_jit_profile_are_left_alone()
    {
        string[] others =
        [
            "startup.jitprofile",
            "index-0123456789abcdef.sqlite", // an older build's name: nothing says whether its server runs
            "index-notanowner-0123.sqlite",
            "server-notanowner.lock", // not a lock file of ours, though nobody holds it
            "notes.txt",
        ];
        foreach (var name in others)
        {
            File.WriteAllText(Path.Combine(indexDirectory, name), "kept");
        }

        using var owner = IndexFolderOwner.Claim(indexDirectory);

        Assert.Equal(new AbandonedIndexFiles(0, 0, 0), owner.Abandoned);
        Assert.All(others, name => Assert.True(File.Exists(Path.Combine(indexDirectory, name)), name));
    }

    [Fact]
    public void A_claim_holds_one_lock_file_until_it_is_given_up()
    {
        var owner = IndexFolderOwner.Claim(indexDirectory);
        var lockFile = Assert.Single(Directory.GetFiles(indexDirectory, "server-*.lock"));

        Assert.StartsWith(Path.Combine(indexDirectory, "index-"), owner.NewIndexFile(), StringComparison.Ordinal);
        Assert.Throws<IOException>(() => new FileStream(lockFile, FileMode.Open, FileAccess.Read, FileShare.None));
        owner.Dispose();
        Assert.Empty(Directory.GetFiles(indexDirectory));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(indexDirectory, recursive: true);
    }

    private string[] LeaveFilesOfKilledServer()
    {
        string[] files =
        [
            Path.Combine(indexDirectory, $"server-{KilledOwner}.lock"),
            Path.Combine(indexDirectory, $"index-{KilledOwner}-aaaaaaaaaaaa.sqlite"),
            Path.Combine(indexDirectory, $"index-{KilledOwner}-aaaaaaaaaaaa.sqlite.spare"),
        ];
        File.WriteAllBytes(files[0], []);
        File.WriteAllBytes(files[1], new byte[2000]);
        File.WriteAllBytes(files[2], new byte[1000]);
        return files;
    }

    private static long CountSessions(ContentIndex index)
    {
        using var connection = new SqliteConnection(index.Location.ReadOnlyConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM \"Sessions\";";
        return (long)command.ExecuteScalar()!;
    }
}
