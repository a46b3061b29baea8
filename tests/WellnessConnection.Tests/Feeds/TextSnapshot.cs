using Snapshooter.Xunit;

namespace WellnessConnection.Tests.Feeds;

/// <summary>Snapshots a text response (an .ics file, an HTML page) line by line, so that a review reads it as it
/// is.</summary>
public static class TextSnapshot
{
    public static void Match(string text, string? nameExtension = null)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (nameExtension is null)
        {
            Snapshot.Match(lines);
        }
        else
        {
            Snapshot.Match(lines, new Snapshooter.SnapshotNameExtension(nameExtension));
        }
    }
}
