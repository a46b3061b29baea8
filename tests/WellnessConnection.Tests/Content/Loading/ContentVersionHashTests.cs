using System.Security.Cryptography;
using System.Text;
using CsCheck;
using WellnessConnection.Content.Loading;

namespace WellnessConnection.Tests.Content.Loading;

/// <summary>A content version is the same hash as before its bytes were hashed a chunk at a time: every cache key,
/// ETag and scheduled version made from one stays the same.</summary>
public sealed class ContentVersionHashTests
{
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[Gen.Char["abc/-.éà漢😀0123"], 0, 80],
        Gen.Const(new string('x', 70_000)),
        Gen.String[Gen.Char.AlphaNumeric, 20_000, 40_000]
    );

    private static readonly Gen<SourceStamp> Stamp = Gen.Select(Text, Text, (path, hash) =>
        new SourceStamp(path, 0, DateTime.UnixEpoch, hash)
    );

    [Fact]
    public void The_hash_is_the_one_made_a_field_at_a_time()
    {
        Gen.Select(Text, Stamp.List[0, 40])
            .Sample(
                (previous, stamps) =>
                    Assert.Equal(FieldByField(previous, stamps), ContentVersionHash.Hash(previous, stamps)),
                iter: 300
            );
    }

    /// <summary>The hash as it was written before: one call into SHA-256 a field.</summary>
    private static string FieldByField(string previous, IEnumerable<SourceStamp> stamps)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(previous));
        hash.AppendData([0]);
        foreach (var stamp in stamps.OrderBy(s => s.Path, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(stamp.Path));
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes(stamp.Hash));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
