namespace WellnessConnection.Hosting.PersistedDocuments;

/// <summary>
/// A document shipped with the app, run by its <see cref="Id"/> (<c>sha256:&lt;hex&gt;</c>, the sha256 of the
/// file's UTF-8 text), so that partners can use short GET URLs: <c>/graphql?documentId=sha256:…&amp;variables=…</c>.
/// </summary>
public sealed record TrustedDocument(string Id, string File, string Query)
{
    public const string Prefix = "sha256:";

    /// <summary>The lowercase hex sha256 of <see cref="Query"/>.</summary>
    public string Hash => Id[Prefix.Length..];
}
