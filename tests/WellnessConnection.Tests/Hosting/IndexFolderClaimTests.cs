using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using WellnessConnection.Tests.GraphQL;
using WellnessConnection.Tests.Hosting.Operations;

namespace WellnessConnection.Tests.Hosting;

/// <summary>A server that starts where another was killed removes the index files that one left, before it builds
/// its own, and says so in its log.</summary>
public sealed class IndexFolderClaimTests : IDisposable
{
    private readonly string indexDirectory = Directory.CreateTempSubdirectory("wc-index-").FullName;

    [Fact]
    public async Task A_start_removes_what_a_killed_server_left_in_the_index_folder_and_logs_it()
    {
        string[] left =
        [
            Path.Combine(indexDirectory, "server-00000000dead.lock"),
            Path.Combine(indexDirectory, "index-00000000dead-000000000001.sqlite"),
            Path.Combine(indexDirectory, "index-00000000dead-000000000001.sqlite.spare"),
        ];
        File.WriteAllBytes(left[0], []);
        File.WriteAllBytes(left[1], new byte[3 * 1024 * 1024]);
        File.WriteAllBytes(left[2], new byte[3 * 1024 * 1024]);

        using (var server = new IndexFileApiFactory(indexDirectory))
        {
            using var client = server.CreateClient();
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

            Assert.All(left, file => Assert.False(File.Exists(file), $"{file} is still there"));
            var removal = Assert.Single(server.Logs.Records, r =>
                r.Message.StartsWith("Removed ", StringComparison.Ordinal)
            );
            Assert.Equal(LogLevel.Information, removal.Level);
            Assert.Equal(
                $"Removed 2 index files (6 MB) from {indexDirectory}: servers that stopped without removing them had "
                    + "left them there.",
                removal.Message
            );
            Assert.Single(Directory.GetFiles(indexDirectory, "index-*.sqlite"));
            Assert.Single(Directory.GetFiles(indexDirectory, "server-*.lock"));
        }

        // Its own claim goes as it stops, once the program's thread has disposed its services (its index files too,
        // once the copy made ahead is done: IndexPatchTests).
        for (var wait = 0; wait < 200 && Directory.GetFiles(indexDirectory, "server-*").Length > 0; wait++)
        {
            await Task.Delay(50);
        }

        Assert.Empty(Directory.GetFiles(indexDirectory, "server-*"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(indexDirectory, recursive: true);
    }

    /// <summary>The server over the sample content with its index in files, as deployed; its logs captured.</summary>
    private sealed class IndexFileApiFactory(string indexDirectory) : ContentApiFactory
    {
        public LogCapture Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Index:InMemory", "false");
            builder.UseSetting("Index:Directory", indexDirectory);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }
    }
}
