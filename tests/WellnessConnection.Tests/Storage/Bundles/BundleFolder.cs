using System.Text;
using Microsoft.Extensions.Time.Testing;
using WellnessConnection.Cli;
using WellnessConnection.Tests.Content;

namespace WellnessConnection.Tests.Storage.Bundles;

/// <summary>A throw-away folder of bundles, made by the <c>bundle</c> command as CI makes them.</summary>
public sealed class BundleFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("wc-bundles-").FullName;

    /// <summary>Bundles <paramref name="contentDirectory"/> as made <paramref name="minutesAfterNow"/> after
    /// <see cref="ContentFixtures.Now"/>, into this folder or <paramref name="into"/>; returns its path.</summary>
    public string Make(string contentDirectory, int minutesAfterNow = 0, string? into = null, string? commit = null)
    {
        var clock = new FakeTimeProvider(ContentFixtures.Now.AddMinutes(minutesAfterNow));
        var target = into ?? System.IO.Path.Combine(Path, ".staging");
        using var output = new StringWriter();
        var status = BundleCommand.Run(contentDirectory, target, commit, clock, output, output);
        Assert.True(status == 0, output.ToString());
        var made = Directory.GetFiles(target).OrderBy(File.GetLastWriteTimeUtc).Last();
        if (into is not null)
        {
            return made;
        }

        var placed = System.IO.Path.Combine(Path, System.IO.Path.GetFileName(made));
        File.Move(made, placed);
        return placed;
    }

    /// <summary>The bundle's index, and what follows it: a newline, the manifest's line and the format's.</summary>
    public static (string Trailer, byte[] Payload) Split(string bundle)
    {
        var bytes = File.ReadAllBytes(bundle);
        var formatLine = Array.LastIndexOf(bytes, (byte)'\n', bytes.Length - 2);
        var separator = Array.LastIndexOf(bytes, (byte)'\n', formatLine - 1);
        return (Encoding.UTF8.GetString(bytes, separator, bytes.Length - separator), bytes[..separator]);
    }

    /// <summary>Writes a bundle of <paramref name="payload"/> and <paramref name="trailer"/> (see
    /// <see cref="Split"/>) at <paramref name="path"/>.</summary>
    public static void Join(string path, string trailer, byte[] payload) =>
        File.WriteAllBytes(path, [.. payload, .. Encoding.UTF8.GetBytes(trailer)]);

    /// <summary>Rewrites the bundle's manifest and format lines with <paramref name="change"/>, which must change
    /// them.</summary>
    public static void ChangeTrailer(string bundle, Func<string, string> change)
    {
        var (trailer, payload) = Split(bundle);
        var changed = change(trailer);
        Assert.NotEqual(trailer, changed);
        Join(bundle, changed, payload);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
