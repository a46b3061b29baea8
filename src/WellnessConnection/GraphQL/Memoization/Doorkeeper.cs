namespace WellnessConnection.GraphQL.Memoization;

/// <summary>
/// Tells whether a key was offered before, in fixed memory and without allocating: each key leaves a 64-bit
/// fingerprint in two of a fixed number of slots (one chosen by its low bits, one by its high bits), which later keys
/// may overwrite; only a key whose two slots were both overwritten is "not seen" again. With one slot, two keys that
/// shared it and were asked in turn would never be seen. Caches use it to keep an entry only when it is asked for a
/// second time: one-off requests (new variables, new documents each time) then neither push out entries that are
/// asked again nor make the collector copy them.
/// </summary>
public sealed class Doorkeeper(int slotsPowerOfTwo = 1 << 16)
{
    private readonly ulong[] slots = new ulong[slotsPowerOfTwo];

    /// <summary>True when <paramref name="fingerprint"/> was offered before (and not overwritten since); else notes
    /// it.</summary>
    /// <param name="fingerprint">A well-mixed 64-bit hash of the key, e.g. the start of its SHA-256.</param>
    public bool SeenBefore(ulong fingerprint)
    {
        // 0 marks an empty slot.
        fingerprint = fingerprint == 0 ? 1 : fingerprint;
        var mask = (ulong)(slots.Length - 1);
        ref var low = ref slots[(int)(fingerprint & mask)];
        ref var high = ref slots[(int)((fingerprint >> 32) & mask)];
        // A 64-bit read or write is atomic; a race only forgets one sighting.
        if (Volatile.Read(ref low) == fingerprint || Volatile.Read(ref high) == fingerprint)
        {
            return true;
        }

        Volatile.Write(ref low, fingerprint);
        Volatile.Write(ref high, fingerprint);
        return false;
    }

    /// <summary>The fingerprint of a lowercase hex hash (a SHA-256 as this app writes them): its first 16
    /// digits.</summary>
    public static ulong FingerprintOfHex(string hex) =>
        ulong.Parse(
            hex.AsSpan(0, 16),
            System.Globalization.NumberStyles.AllowHexSpecifier,
            System.Globalization.CultureInfo.InvariantCulture
        );
}
