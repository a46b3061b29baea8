namespace WellnessConnection.GraphQL.Memoization;

/// <summary>
/// Tells whether a key was offered before, in fixed memory and without allocating: each key leaves a 64-bit
/// fingerprint in one of a fixed number of slots, which a later key may overwrite (then it is merely "not seen").
/// Caches use it to keep an entry only when it is asked for a second time: one-off requests (new variables, new
/// documents each time) then neither push out entries that are asked again nor make the collector copy them.
/// </summary>
public sealed class Doorkeeper(int slotsPowerOfTwo = 1 << 16)
{
    private readonly ulong[] slots = new ulong[slotsPowerOfTwo];

    /// <summary>True when <paramref name="fingerprint"/> was offered before (and not overwritten since); else notes
    /// it.</summary>
    /// <param name="fingerprint">A well-mixed hash of the key, e.g. the start of its SHA-256.</param>
    public bool SeenBefore(ulong fingerprint)
    {
        // 0 marks an empty slot.
        fingerprint = fingerprint == 0 ? 1 : fingerprint;
        ref var slot = ref slots[(int)(fingerprint & (ulong)(slots.Length - 1))];
        // A 64-bit read or write is atomic; a race only forgets one sighting.
        if (Volatile.Read(ref slot) == fingerprint)
        {
            return true;
        }

        Volatile.Write(ref slot, fingerprint);
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
