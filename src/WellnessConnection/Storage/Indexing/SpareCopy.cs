namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// A copy of an index's file, made in the background once the index is in service, for its next patch to start
/// from: a patch begins with a copy of the index in service (a new version is a new file; the old one serves until
/// the swap), and copying 200 MB took 80 to 290 ms of an editor's wait at 10,000 sessions (bench/README.md, "Figures
/// behind design choices"). Taken once; the file is deleted when nobody took it. The index folder then holds two
/// files the size of the index, three for a moment after a patch (the old index until its last request ends).
/// </summary>
internal sealed class SpareCopy
{
    private readonly string path;
    private readonly Task copying;
    private int used;

    private SpareCopy(string source, string path)
    {
        this.path = path;
        copying = Task.Run(() => File.Copy(source, path));
    }

    /// <summary>The file it is being copied to, beside the index's own.</summary>
    public string Path => path;

    /// <summary>Completes when the copy is made (or has failed).</summary>
    public Task Copying => copying;

    public static SpareCopy Start(string indexFile) => new(indexFile, indexFile + ".spare");

    /// <summary>Moves the copy to <paramref name="file"/>, once made (waiting for it if need be); false when it was
    /// taken or dropped before, or could not be made: the caller then copies the index itself.</summary>
    public bool TryMoveTo(string file)
    {
        if (Interlocked.Exchange(ref used, 1) != 0)
        {
            return false;
        }

        try
        {
            copying.GetAwaiter().GetResult();
            File.Move(path, file);
            return true;
        }
        catch (IOException)
        {
            Delete();
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            Delete();
            return false;
        }
    }

    /// <summary>Deletes the copy once it is made, unless it was taken.</summary>
    public void Drop()
    {
        if (Interlocked.Exchange(ref used, 1) == 0)
        {
            copying.ContinueWith(
                copy =>
                {
                    _ = copy.Exception; // Observed: a copy that failed (a full disk) leaves only its start to delete.
                    Delete();
                },
                CancellationToken.None,
                TaskContinuationOptions.None,
                TaskScheduler.Default
            );
        }
    }

    private void Delete()
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left behind, as an index file would be after a crash.
        }
        catch (UnauthorizedAccessException) { }
    }
}
