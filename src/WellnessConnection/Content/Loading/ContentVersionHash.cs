using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using WellnessConnection.Content.Model;

namespace WellnessConnection.Content.Loading;

/// <summary>
/// Computes a folder's <see cref="ContentVersions"/> from the files each document was read from. A document counts
/// towards the public version from the first instant the public may see it (<see cref="Publication"/>).
/// </summary>
public static class ContentVersionHash
{
    public static ContentVersions Of(IReadOnlyList<GroupResult> results, SourceStamp? site)
    {
        // Every file once, in the ordinal order of its path, noting whether the public always sees its document: the
        // source version hashes them all, the public one those, in one pass over one sort (Hash's order).
        var files = new List<(SourceStamp Stamp, bool Always)>();
        var scheduledDocuments = new List<(GroupResult Result, DateTimeOffset From)>();
        foreach (var result in results)
        {
            // A document that failed to read has no model; the folder is then refused, so it is never published.
            var from = result.Document is ILocalizedDocument d ? Publication.VisibleFrom(d) : DateTimeOffset.MinValue;
            var always = from == DateTimeOffset.MinValue;
            foreach (var source in result.Sources)
            {
                files.Add((source, always));
            }

            if (from is { } at && !always)
            {
                scheduledDocuments.Add((result, at));
            }
        }

        if (site is not null)
        {
            files.Add((site, true));
        }

        using var everything = new ChunkedHash();
        using var alwaysPublic = new ChunkedHash();
        everything.Append("");
        alwaysPublic.Append("");
        foreach (var (stamp, always) in files.OrderBy(f => f.Stamp.Path, StringComparer.Ordinal))
        {
            everything.Append(stamp);
            if (always)
            {
                alwaysPublic.Append(stamp);
            }
        }

        var publicVersion = alwaysPublic.Version();
        var scheduled = new List<ScheduledVersion>();
        var version = publicVersion;
        foreach (
            var (result, from) in scheduledDocuments
                .OrderBy(v => v.From)
                .ThenBy(v => v.Result.Key.Kind)
                .ThenBy(v => v.Result.Key.Slug, StringComparer.Ordinal)
        )
        {
            version = Hash(version, result.Sources);
            scheduled.Add(new ScheduledVersion(from, version));
        }

        return new ContentVersions(everything.Version(), publicVersion, scheduled);
    }

    /// <summary>
    /// The first 16 hex digits of SHA-256 over <paramref name="previous"/> then each stamp's path and hash, in the
    /// ordinal order of their paths, each in UTF-8 followed by a zero byte. The bytes go to the hash in 64 KB chunks:
    /// at 12,717 files, the versions took 65 to 93 ms of every reload, two thirds of it in one call into SHA-256 a
    /// field and a new array a text (bench/HISTORY.md, "The one-file edit").
    /// </summary>
    internal static string Hash(string previous, IEnumerable<SourceStamp> stamps)
    {
        using var hash = new ChunkedHash();
        hash.Append(previous);
        foreach (var stamp in stamps.OrderBy(s => s.Path, StringComparer.Ordinal))
        {
            hash.Append(stamp);
        }

        return hash.Version();
    }

    /// <summary>Texts, each in UTF-8 and ended by a zero byte, hashed with SHA-256 a chunk at a time.</summary>
    private sealed class ChunkedHash : IDisposable
    {
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly byte[] chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        private int used;

        public void Append(string text)
        {
            var most = Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
            if (used + most > chunk.Length)
            {
                Flush();
            }

            if (most > chunk.Length)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(text));
                hash.AppendData([0]);
                return;
            }

            used += Encoding.UTF8.GetBytes(text, chunk.AsSpan(used));
            chunk[used++] = 0;
        }

        /// <summary>A file's path, then its hash.</summary>
        public void Append(SourceStamp stamp)
        {
            Append(stamp.Path);
            Append(stamp.Hash);
        }

        /// <summary>The first 16 hex digits of the hash of everything appended.</summary>
        public string Version()
        {
            Flush();
            return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        }

        public void Dispose()
        {
            hash.Dispose();
            ArrayPool<byte>.Shared.Return(chunk);
        }

        private void Flush()
        {
            hash.AppendData(chunk, 0, used);
            used = 0;
        }
    }
}
