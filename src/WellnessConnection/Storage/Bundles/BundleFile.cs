using System.IO.Hashing;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NodaTime.TimeZones;

namespace WellnessConnection.Storage.Bundles;

/// <summary>
/// A bundle: one file holding a built index of one content version, so that a server starts by opening it instead
/// of reading and rendering the content. Three parts: the SQLite index itself, then a newline and the
/// <see cref="BundleManifest"/> as one line of JSON, then a last line naming the format (<c>tail -n 2 FILE</c> shows
/// both). SQLite reads its database's length from its header, so the index opens in place, the manifest after it
/// unseen; the manifest gives the index's length and CRC-64 checksum. A bundle is written to a temporary name and
/// renamed, so a folder never shows half of one.
/// </summary>
public static class BundleFile
{
    /// <summary>The layout. Format 1 put the manifest first, so its index had to be copied out to be opened, and
    /// checked it with SHA-256: at 200 MB, a copy of 75–150 ms and a check of 190 ms where CRC-64 takes 55.</summary>
    public const int Format = 2;

    public const string Extension = ".wcbundle";

    private const string FormatName = "wellness-connection-bundle";
    private const int MaxManifestBytes = 64 * 1024;
    private const int CheckBufferBytes = 1024 * 1024;

    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <summary>This build of the app (the informational version, with its commit): the only one that serves the
    /// bundles it makes, since the rendered HTML in them is its work.</summary>
    public static string AppVersion { get; } =
        typeof(BundleFile).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "unknown";

    /// <summary>The tzdb this app computes instants with, e.g. "2026f".</summary>
    public static string TimeZoneDatabase => TzdbDateTimeZoneSource.Default.TzdbVersion;

    /// <summary>Writes <paramref name="index"/> (a file index, complete) as a bundle at <paramref name="path"/>,
    /// replacing any file there in one step.</summary>
    public static BundleManifest Write(ContentIndex index, DateTimeOffset createdAt, string? sourceCommit, string path)
    {
        var database = index.Location.File
            ?? throw new InvalidOperationException("Only an index in a file can be bundled.");
        SqliteConnection.ClearPool(new SqliteConnection(index.ConnectionString));
        var manifest = new BundleManifest(
            Format,
            AppVersion,
            createdAt,
            sourceCommit,
            index.PublicVersionAt(createdAt),
            index.Versions,
            TimeZoneDatabase,
            IndexSchemaOf(index.ConnectionString),
            index.Statistics.DocumentCounts,
            new FileInfo(database).Length,
            Checksum(database)
        );

        var temporary = Path.Combine(
            Path.GetDirectoryName(Path.GetFullPath(path))!,
            $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp"
        );
        try
        {
            File.Copy(database, temporary);
            using (var output = new FileStream(temporary, FileMode.Append, FileAccess.Write))
            {
                output.WriteByte((byte)'\n');
                output.Write(JsonSerializer.SerializeToUtf8Bytes(manifest, BundleManifestJson.Readable.BundleManifest));
                output.Write(Encoding.UTF8.GetBytes($"\n{FormatName} {Format}\n"));
                output.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return manifest;
    }

    /// <summary>Reads the manifest only, which is enough to choose between bundles and refuse an incompatible
    /// one.</summary>
    /// <exception cref="BundleException">Not a bundle, a format or build this app cannot serve, or a
    /// truncated file.</exception>
    public static BundleManifest ReadManifest(string path)
    {
        using var input = OpenRead(path);
        return ReadManifest(input, path);
    }

    /// <summary>Checks that the index in <paramref name="file"/> is the one <paramref name="expected"/> describes,
    /// byte for byte: the file a server is about to open, once it has its own name for the bundle at
    /// <paramref name="path"/> (which errors name).</summary>
    /// <exception cref="BundleException">The file changed since its manifest was read, or is corrupt.</exception>
    internal static void Verify(string file, BundleManifest expected, string path)
    {
        using var input = OpenRead(file);
        var manifest = ReadManifest(input, path);
        if (manifest.PayloadCrc64 != expected.PayloadCrc64 || manifest.PayloadBytes != expected.PayloadBytes)
        {
            throw new BundleException($"{path} was replaced while it was being read.");
        }

        var hash = new Crc64();
        var buffer = new byte[CheckBufferBytes];
        input.Position = 0;
        for (var left = expected.PayloadBytes; left > 0; )
        {
            var read = input.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0)
            {
                throw new BundleException($"{path} was truncated while it was being read.");
            }

            hash.Append(buffer.AsSpan(0, read));
            left -= read;
        }

        var actual = Convert.ToHexStringLower(hash.GetCurrentHash());
        if (actual != expected.PayloadCrc64)
        {
            throw new BundleException(
                $"{path} is corrupt: its index's CRC-64 checksum is {actual}, its manifest says "
                    + $"{expected.PayloadCrc64}."
            );
        }
    }

    /// <summary>A hash of the index's tables and indexes, as SQLite stores their definitions.</summary>
    internal static string IndexSchemaOf(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name";
        var schema = new StringBuilder();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                schema.Append(reader.GetString(0)).Append(' ').Append(reader.GetString(1)).Append('\n');
                schema.Append(reader.GetString(2)).Append('\n');
            }
        }

        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(schema.ToString())));
    }

    private static FileStream OpenRead(string path)
    {
        try
        {
            return new FileStream(
                path,
                FileMode.Open,
                FileAccess.Read,
                FileShare.Read,
                4096,
                FileOptions.SequentialScan
            );
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new BundleException($"{path} cannot be read: {exception.Message}", exception);
        }
    }

    /// <summary>The manifest from the file's last two lines, checked against this app and the file's length.</summary>
    private static BundleManifest ReadManifest(FileStream input, string path)
    {
        var tail = ReadTail(input, MaxManifestBytes + 64);
        var lines = Encoding.UTF8.GetString(tail).Split('\n');
        // A whole bundle ends with a newline, so the last element is empty: [..., separator, manifest, format, ""].
        var last = lines.Length >= 2 ? lines[^2] : "";
        if (!last.StartsWith(FormatName + " ", StringComparison.Ordinal))
        {
            throw new BundleException(NotABundle(input, path));
        }

        if (last != $"{FormatName} {Format}")
        {
            throw new BundleException(
                $"{path} has bundle format \"{last[(FormatName.Length + 1)..]}\"; this app reads format {Format}. "
                    + "Build the bundle again with this app's `bundle` command."
            );
        }

        if (lines.Length < 4)
        {
            throw new BundleException($"{path} is truncated: its manifest is incomplete.");
        }

        BundleManifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize(lines[^3], BundleManifestJson.Readable.BundleManifest)
                ?? throw new BundleException($"{path} has an empty manifest.");
        }
        catch (JsonException exception)
        {
            throw new BundleException($"{path} is truncated or corrupt: its manifest is not JSON.", exception);
        }

        CheckBuild(manifest, path);
        // What precedes the manifest's line, less the newline that separates them, is the index.
        var payload = input.Length - Encoding.UTF8.GetByteCount(lines[^3]) - last.Length - 3;
        if (payload != manifest.PayloadBytes)
        {
            throw new BundleException(
                $"{path} is {(payload < manifest.PayloadBytes ? "truncated" : "corrupt")}: its index has {payload} "
                    + $"bytes, its manifest says {manifest.PayloadBytes}."
            );
        }

        return manifest;
    }

    private static void CheckBuild(BundleManifest manifest, string path)
    {
        if (manifest.AppVersion != AppVersion)
        {
            throw new BundleException(
                $"{path} was built by app {manifest.AppVersion}; this is app {AppVersion}, which serves only its own "
                    + "bundles (the rendered HTML in a bundle is its builder's). Build it again with this app."
            );
        }

        if (manifest.TimeZoneDatabase != TimeZoneDatabase)
        {
            throw new BundleException(
                $"{path} computed its session times with tzdb {manifest.TimeZoneDatabase}; this app has "
                    + $"{TimeZoneDatabase}. Build it again with this app."
            );
        }
    }

    /// <summary>Why a file without a bundle's last line is refused: a bundle of format 1 (which began with its
    /// format), a cut bundle (which begins as SQLite does), or something else.</summary>
    private static string NotABundle(FileStream input, string path)
    {
        var head = new byte[64];
        input.Position = 0;
        var read = input.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var first = Encoding.UTF8.GetString(head, 0, read).Split('\n')[0];
        if (first.StartsWith(FormatName + " ", StringComparison.Ordinal) && first != $"{FormatName} {Format}")
        {
            return $"{path} has bundle format \"{first[(FormatName.Length + 1)..]}\"; this app reads format {Format}. "
                + "Build the bundle again with this app's `bundle` command.";
        }

        return head.AsSpan(0, read).StartsWith(SqliteHeader)
            ? $"{path} is truncated: it does not end with its manifest and the line \"{FormatName} {Format}\"."
            : $"{path} is not a content bundle (its last line is not \"{FormatName} {Format}\").";
    }

    private static byte[] ReadTail(FileStream input, int maxBytes)
    {
        var length = (int)Math.Min(input.Length, maxBytes);
        var tail = new byte[length];
        input.Position = input.Length - length;
        input.ReadExactly(tail);
        return tail;
    }

    private static string Checksum(string path)
    {
        var hash = new Crc64();
        using var input = File.OpenRead(path);
        hash.Append(input);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
