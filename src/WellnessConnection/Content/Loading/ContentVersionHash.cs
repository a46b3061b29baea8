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
        IReadOnlyList<SourceStamp> siteStamps = site is null ? [] : [site];
        // A document that failed to read has no model; the folder is then refused, so it is never published.
        var visible = results
            .Select(r =>
                (
                    Result: r,
                    From: r.Document is ILocalizedDocument d ? Publication.VisibleFrom(d) : DateTimeOffset.MinValue
                )
            )
            .ToList();
        var always = visible.Where(v => v.From == DateTimeOffset.MinValue).SelectMany(v => v.Result.Sources);
        var publicVersion = Hash("", [.. always, .. siteStamps]);

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
            version = Hash(version, result.Sources);
            scheduled.Add(new ScheduledVersion(from!.Value, version));
        }

        return new ContentVersions(
            Hash("", [.. results.SelectMany(r => r.Sources), .. siteStamps]),
            publicVersion,
            scheduled
        );
    }

    private static string Hash(string previous, IEnumerable<SourceStamp> stamps)
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
