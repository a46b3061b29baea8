using System.Text.Json.Nodes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace WellnessConnection.Tests.GraphQL;

/// <summary>Snapshots a whole GraphQL response (data and any errors) as indented JSON, readable in review.</summary>
public static class ResponseSnapshot
{
    public static void Match(JsonObject response, string? nameExtension = null)
    {
        var actual = Parse(response.ToJsonString());
        SnapshotFullName name;
        if (nameExtension is null)
        {
            Snapshot.Match(actual);
            name = Snapshot.FullName();
        }
        else
        {
            var extension = new SnapshotNameExtension(nameExtension);
            Snapshot.Match(actual, extension);
            name = Snapshot.FullName(extension);
        }

        // Snapshooter reads date-like strings as dates, so 19:00-05:00 and 00:00Z compare equal. The offset is part of
        // the contract (startsAt is "with the UTC offset of the session's time zone"): compare the strings as sent too.
        var file = Path.Combine(
            name.FolderPath,
            "__snapshots__",
            name.Filename.EndsWith(".snap", StringComparison.Ordinal) ? name.Filename : name.Filename + ".snap"
        );
        Assert.Equal(
            Parse(File.ReadAllText(file)).ToString(Newtonsoft.Json.Formatting.Indented),
            actual.ToString(Newtonsoft.Json.Formatting.Indented)
        );
    }

    // Dates stay the strings the server sent: parsed as DateTime they would lose their offset.
    private static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }
}
