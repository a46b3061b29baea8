using System.Buffers;

namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// One server's claim on the index files it makes in the index folder. The server names its files
/// <c>index-{owner}-{unique}.sqlite</c> (the copy made ahead adds <c>.spare</c>) and holds <c>server-{owner}.lock</c>
/// open under an exclusive lock while it runs. The kernel drops that lock when the process ends, however it ends, so
/// a server that crashed or was killed leaves files behind whose lock anyone can take. Claiming a folder first
/// removes those (<see cref="Abandoned"/>): the files of servers that no longer run, never those of one that does,
/// even one sharing the folder. Names of another form (an older build's) are left alone.
/// </summary>
/// <remarks>
/// Without it, each crash left the index and its copy made ahead (333 MiB together at 10,000 sessions) in a folder
/// sized for two or three, kept across a container's restarts by a Kubernetes <c>emptyDir</c>. The lock is .NET's
/// <see cref="FileShare.None"/>, an advisory <c>flock</c> on Unix: the switch <c>System.IO.DisableFileLocking</c>
/// turns it off, and must stay off.
/// </remarks>
internal sealed class IndexFolderOwner : IDisposable
{
    private const string IndexPrefix = "index-";
    private const string LockPrefix = "server-";
    private const string LockSuffix = ".lock";
    private const int IdLength = 12;
    private const int ClaimAttempts = 3;

    private static readonly SearchValues<char> IdCharacters = SearchValues.Create("0123456789abcdef");

    private readonly string directory;
    private readonly string id;
    private readonly FileStream heldLock;

    private IndexFolderOwner(string directory, string id, FileStream heldLock, AbandonedIndexFiles abandoned)
    {
        this.directory = directory;
        this.id = id;
        this.heldLock = heldLock;
        Abandoned = abandoned;
    }

    /// <summary>What the claim removed, or could not remove, of servers that stopped without removing it.</summary>
    public AbandonedIndexFiles Abandoned { get; }

    /// <summary>Removes what servers that no longer run left in <paramref name="directory"/> (created if need be),
    /// then claims it for this one.</summary>
    public static IndexFolderOwner Claim(string directory)
    {
        directory = Path.GetFullPath(directory);
        Directory.CreateDirectory(directory);
        var abandoned = Sweep(directory);
        for (var attempt = 1; ; attempt++)
        {
            var id = Guid.NewGuid().ToString("N")[..IdLength];
            var path = LockPath(directory, id);
            FileStream heldLock;
            try
            {
                heldLock = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < ClaimAttempts && File.Exists(path))
            {
                continue; // another server's sweep holds the new file's lock (below)
            }

            // Another server's sweep may have locked the new file between its creation and this lock, taken it for
            // one a crash left, and deleted it: then this lock would protect nothing, and the claim starts again.
            if (File.Exists(path))
            {
                return new IndexFolderOwner(directory, id, heldLock, abandoned);
            }

            heldLock.Dispose();
            if (attempt == ClaimAttempts)
            {
                throw new IOException(
                    $"The index folder \"{directory}\" could not be claimed: its lock file vanished."
                );
            }
        }
    }

    /// <summary>The full path of a new index file of this server (not created; its folder is, should it have been
    /// deleted since the claim).</summary>
    public string NewIndexFile()
    {
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, $"{IndexPrefix}{id}-{Guid.NewGuid().ToString("N")[..IdLength]}.sqlite");
    }

    /// <summary>Gives the claim up: the server's own files are deleted by then, or are left for the next
    /// claim.</summary>
    public void Dispose()
    {
        File.Delete(LockPath(directory, id));
        heldLock.Dispose();
    }

    private static string LockPath(string directory, string id) =>
        Path.Combine(directory, LockPrefix + id + LockSuffix);

    private static AbandonedIndexFiles Sweep(string directory)
    {
        var stopped = new Dictionary<string, StoppedOwner?>(StringComparer.Ordinal);
        var removed = 0;
        var kept = 0;
        long bytes = 0;
        try
        {
            foreach (var file in Directory.EnumerateFiles(directory, IndexPrefix + "*"))
            {
                if (OwnerOfIndexFile(Path.GetFileName(file)) is not { } owner)
                {
                    continue;
                }

                if (!stopped.TryGetValue(owner, out var stoppedOwner))
                {
                    stopped[owner] = stoppedOwner = StoppedOwner.Find(LockPath(directory, owner));
                }

                if (stoppedOwner is null)
                {
                    continue;
                }

                try
                {
                    var length = new FileInfo(file).Length;
                    File.Delete(file);
                    removed++;
                    bytes += length;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    kept++;
                }
            }

            foreach (var file in Directory.EnumerateFiles(directory, LockPrefix + "*" + LockSuffix))
            {
                var owner = Path.GetFileName(file)[LockPrefix.Length..^LockSuffix.Length];
                if (IsOwnerId(owner) && !stopped.ContainsKey(owner))
                {
                    stopped[owner] = StoppedOwner.Find(file);
                }
            }
        }
        finally
        {
            foreach (var owner in stopped.Values)
            {
                owner?.Forget();
            }
        }

        return new AbandonedIndexFiles(removed, bytes, kept);
    }

    /// <summary>The owner's id in an index file's name; null for a name of another form.</summary>
    private static string? OwnerOfIndexFile(string name)
    {
        var start = IndexPrefix.Length;
        return
            name.Length > start + IdLength && name[start + IdLength] == '-' && IsOwnerId(name.AsSpan(start, IdLength))
            ? name.Substring(start, IdLength)
            : null;
    }

    private static bool IsOwnerId(ReadOnlySpan<char> id) =>
        id.Length == IdLength && !id.ContainsAnyExcept(IdCharacters);

    /// <summary>A server that no longer runs: its lock file, locked by the sweep (null when there is none left), until
    /// its files are removed.</summary>
    private sealed class StoppedOwner(string path, FileStream? lockTaken)
    {
        /// <summary>The owner behind <paramref name="lockPath"/> when it no longer runs: its lock file is gone, or its
        /// lock can be taken. Null while it runs, and whenever that cannot be told (then its files are kept).</summary>
        public static StoppedOwner? Find(string lockPath)
        {
            try
            {
                return new StoppedOwner(
                    lockPath,
                    new FileStream(lockPath, FileMode.Open, FileAccess.Read, FileShare.None)
                );
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                return new StoppedOwner(lockPath, null);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        /// <summary>Deletes its lock file and lets the lock go.</summary>
        public void Forget()
        {
            if (lockTaken is null)
            {
                return;
            }

            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the next claim, which will find it unlocked again.
            }

            lockTaken.Dispose();
        }
    }
}
