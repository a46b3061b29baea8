using System.Text.RegularExpressions;
using WellnessConnection.Hosting.PersistedDocuments;
using WellnessConnection.Tests.Hosting.GraphQLHttp;

namespace WellnessConnection.Tests.Embed;

/// <summary>
/// With <c>PersistedQueries:TrustedOnly</c>, the widget's queries used to be refused (<c>TRUSTED_DOCUMENTS_ONLY</c>)
/// for every listing but the English one of one topic. Every document the widget asks by id is shipped, and its
/// general listing is one of them.
/// </summary>
public sealed partial class EmbedTrustedDocumentsTests
{
    private static readonly string Script = File.ReadAllText(
        Path.Combine(
            Path.GetDirectoryName(EndpointApiFactory.PersistedDirectory)!,
            "src",
            "WellnessConnection",
            "Embed",
            "Assets",
            "sessions.js"
        )
    );

    [Fact]
    public void Every_document_the_widget_asks_by_id_is_shipped_and_its_general_listing_is_one()
    {
        var asked = DocumentId().Matches(Script).Select(m => m.Value).ToList();
        var shipped = TrustedDocumentManifest
            .Load(EndpointApiFactory.PersistedDirectory)
            .ToDictionary(d => d.Id, d => d.File);

        Assert.Equal(2, asked.Count);
        Assert.All(asked, id =>
            Assert.True(
                shipped.ContainsKey(id),
                $"sessions.js asks for {id}, which persisted/manifest.json does not ship"
            )
        );
        Assert.Contains(asked, id => shipped[id] == "embed-listing.graphql");
    }

    [GeneratedRegex("sha256:[0-9a-f]{64}")]
    private static partial Regex DocumentId();
}
