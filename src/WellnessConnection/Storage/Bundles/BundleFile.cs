using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NodaTime.TimeZones;

namespace WellnessConnection.Storage.Bundles;

/// <summary>
/// A bundle: one file holding a built index of one content version, so that a server starts by copying it instead
/// of reading and rendering the content. Three parts: a first line naming the format, the
/// <see cref="BundleManifest"/> as one line of JSON, then the SQLite index itself, whose length and SHA-256 the
/// manifest gives. A bundle is written to a temporary name and renamed, so a folder never shows half of one.
/// </summary>
public static class BundleFile
{
    public const int Format = 1;

    public const string Extension = ".wcbundle";

    private const string FormatName = "wellness-connection-bundle";
    private const int MaxHeaderLineBytes = 64 * 1024;
    private const int CopyBufferBytes = 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        // The manifest is read by people (head -n 2) and never put in a page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

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
            Convert.ToHexStringLower(HashFile(database))
        );

        var temporary = Path.Combine(
            Path.GetDirectoryName(Path.GetFullPath(path))!,
            $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp"
        );
        try
        {
            using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                output.Write(Encoding.UTF8.GetBytes($"{FormatName} {Format}\n"));
                output.Write(JsonSerializer.SerializeToUtf8Bytes(manifest, Json));
                output.WriteByte((byte)'\n');
                using var input = File.OpenRead(database);
                input.CopyTo(output, CopyBufferBytes);
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
        var (manifest, payloadOffset) = ReadHeader(input, path);
        var payload = input.Length - payloadOffset;
        if (payload != manifest.PayloadBytes)
        {
            throw new BundleException(
                $"{path} is {(payload < manifest.PayloadBytes ? "truncated" : "corrupt")}: its index has {payload} "
                    + $"bytes, its manifest says {manifest.PayloadBytes}."
            );
        }

        return manifest;
    }

    /// <summary>Copies the index out of the bundle to <paramref name="target"/>, checking its SHA-256 on the
    /// way.</summary>
    /// <exception cref="BundleException">The file changed since its manifest was read, or is corrupt.</exception>
    internal static void Extract(string path, BundleManifest expected, string target)
    {
        using var input = OpenRead(path);
        var (manifest, payloadOffset) = ReadHeader(input, path);
        if (manifest.PayloadSha256 != expected.PayloadSha256 || input.Length - payloadOffset != expected.PayloadBytes)
        {
            throw new BundleException($"{path} was replaced while it was being read.");
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write))
        {
            var buffer = new byte[CopyBufferBytes];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                output.Write(buffer, 0, read);
            }
        }

        var actual = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (actual != expected.PayloadSha256)
        {
            throw new BundleException(
                $"{path} is corrupt: its index's SHA-256 is {actual}, its manifest says {expected.PayloadSha256}."
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

    private static (BundleManifest Manifest, long PayloadOffset) ReadHeader(FileStream input, string path)
    {
        var first = ReadLine(input, 64);
        if (first is null || !first.StartsWith(FormatName + " ", StringComparison.Ordinal))
        {
            throw new BundleException($"{path} is not a content bundle (its first line is not \"{FormatName} N\").");
        }

        if (first != $"{FormatName} {Format}")
        {
            throw new BundleException(
                $"{path} has bundle format \"{first[(FormatName.Length + 1)..]}\"; this app reads format {Format}. "
                    + "Build the bundle again with this app's `bundle` command."
            );
        }

        var line = ReadLine(input, MaxHeaderLineBytes)
            ?? throw new BundleException($"{path} is truncated: its manifest is incomplete.");
        BundleManifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BundleManifest>(line, Json)
                ?? throw new BundleException($"{path} has an empty manifest.");
        }
        catch (JsonException exception)
        {
            throw new BundleException($"{path} has a corrupt manifest: {exception.Message}", exception);
        }

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

        return (manifest, input.Position);
    }

    /// <summary>One line of at most <paramref name="maxBytes"/> bytes, without its newline; null when the file
    /// ends or the line is longer.</summary>
    private static string? ReadLine(FileStream input, int maxBytes)
    {
        var bytes = new List<byte>();
        while (bytes.Count <= maxBytes)
        {
            var next = input.ReadByte();
            if (next < 0)
            {
                return null;
            }

            if (next == '\n')
            {
                return Encoding.UTF8.GetString([.. bytes]);
            }

            bytes.Add((byte)next);
        }

        return null;
    }

    private static byte[] HashFile(string path)
    {
        using var input = File.OpenRead(path);
        return SHA256.HashData(input);
    }
}
