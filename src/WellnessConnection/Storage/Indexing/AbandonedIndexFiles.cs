namespace WellnessConnection.Storage.Indexing;

/// <summary>What claiming the index folder found of servers that stopped without removing their index files: the
/// files it removed and their size, and those it could not remove (left for an operator, or the next claim).</summary>
public sealed record AbandonedIndexFiles(int Removed, long Bytes, int Kept);
