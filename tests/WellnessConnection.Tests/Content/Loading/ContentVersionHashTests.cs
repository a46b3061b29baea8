using System.Security.Cryptography;
using System.Text;
using CsCheck;
using WellnessConnection.Content.Loading;
using WellnessConnection.Content.Model;
using WellnessConnection.Content.Reading;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Tests.Content.Loading;

/// <summary>A content version is the same hash as before its bytes were hashed a chunk at a time, and the versions of
/// a folder the same as before they were made in one pass over its files: every cache key, ETag and scheduled version
/// made from one stays the same.</summary>
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

    [Fact]
    public void A_folders_versions_are_the_ones_made_hashing_its_public_files_and_all_its_files_each_apart()
    {
        var sessions = ContentFixtures.LoadFolder(ContentFixtures.SampleContentDirectory).Content!.Sessions;
        var result = Gen.Select(Gen.Int[0, sessions.Count - 1], Gen.Int[-1, 3], Gen.Bool, Stamp.List[0, 3])
            .Select(
                (i, publishDay, draft, sources) =>
                {
                    var session = sessions[i];
                    var english = session.English with
                    {
                        Draft = draft,
                        PublishAt = publishDay < 0 ? null : ContentFixtures.Now.AddDays(publishDay),
                    };
                    // Several with the same slug and day: the scheduled versions' order then goes by the key.
                    var key = new DocumentKey(DocumentKind.Session, session.Slug);
                    return new GroupResult(
                        new PathGroup(key, null, null),
                        sources,
                        publishDay == 3 ? null : new Localized<Session>(english, session.French),
                        [],
                        []
                    );
                }
            );

        Gen.Select(result.List[0, 30], Stamp, Gen.Bool)
            .Sample(
                (results, site, hasSite) =>
                {
                    var expected = HashedApart(results, hasSite ? site : null);
                    var versions = ContentVersionHash.Of(results, hasSite ? site : null);
                    Assert.Equal(expected.Source, versions.Source);
                    Assert.Equal(expected.Public, versions.Public);
                    Assert.Equal(expected.Scheduled, versions.Scheduled);
                },
                iter: 200
            );
    }

    /// <summary>The versions as they were made before: the public files and all files sorted and hashed
    /// apart.</summary>
    private static ContentVersions HashedApart(IReadOnlyList<GroupResult> results, SourceStamp? site)
    {
        IReadOnlyList<SourceStamp> siteStamps = site is null ? [] : [site];
        var visible = results
            .Select(r =>
                (
                    Result: r,
                    From: r.Document is ILocalizedDocument d ? Publication.VisibleFrom(d) : DateTimeOffset.MinValue
                )
            )
            .ToList();
        var always = visible.Where(v => v.From == DateTimeOffset.MinValue).SelectMany(v => v.Result.Sources);
        var publicVersion = ContentVersionHash.Hash("", [.. always, .. siteStamps]);
        var scheduled = new List<ScheduledVersion>();
        var version = publicVersion;
        foreach (
            var (result, from) in visible
                .Where(v => v.From is { } at && at != DateTimeOffset.MinValue)
                .OrderBy(v => v.From)
                .ThenBy(v => v.Result.Key.Kind)
                .ThenBy(v => v.Result.Key.Slug, StringComparer.Ordinal)
        )
        {
            version = ContentVersionHash.Hash(version, result.Sources);
            scheduled.Add(new ScheduledVersion(from!.Value, version));
        }

        var all = ContentVersionHash.Hash("", [.. results.SelectMany(r => r.Sources), .. siteStamps]);
        return new ContentVersions(all, publicVersion, scheduled);
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
