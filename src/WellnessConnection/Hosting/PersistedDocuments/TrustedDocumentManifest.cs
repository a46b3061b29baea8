using System.Text.Json;
using WellnessConnection.Hosting.GraphQLHttp;

namespace WellnessConnection.Hosting.PersistedDocuments;

/// <summary>
/// Reads <c>manifest.json</c> of the trusted documents folder:
/// <c>{"documents":[{"id":"sha256:…","file":"….graphql"}]}</c>.
/// Each file's hash must be its id: a partner's URL names the id, so a file edited without a new id would
/// silently change what that URL runs.
/// </summary>
public static class TrustedDocumentManifest
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <exception cref="InvalidDataException">The manifest is malformed, lists a missing file, or an id that is not the
    /// file's hash.</exception>
    public static IReadOnlyList<TrustedDocument> Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        var entries = Read(path);
        var documents = new List<TrustedDocument>(entries.Count);
        foreach (var entry in entries)
        {
            if (string.IsNullOrEmpty(entry.Id) || string.IsNullOrEmpty(entry.File))
            {
                throw new InvalidDataException($"{path}: every document needs an \"id\" and a \"file\".");
            }

            var file = Path.Combine(directory, entry.File);
            if (!System.IO.File.Exists(file))
            {
                throw new InvalidDataException($"{path}: {entry.File} does not exist.");
            }

            var query = System.IO.File.ReadAllText(file);
            var id = TrustedDocument.Prefix + GraphQLHttpExecution.Sha256(query);
            if (!string.Equals(id, entry.Id, StringComparison.Ordinal))
            {
                throw new InvalidDataException(
                    $"{path}: {entry.File} has the id {id}, not {entry.Id}. A changed document needs a new id (and "
                        + $"partners the new URL): update the manifest."
                );
            }

            documents.Add(new TrustedDocument(id, entry.File, query));
        }

        return documents;
    }

    private static List<Entry> Read(string path)
    {
        try
        {
            using var stream = System.IO.File.OpenRead(path);
            return JsonSerializer.Deserialize<Manifest>(stream, Json)?.Documents
                ?? throw new InvalidDataException($"{path}: expected {{\"documents\": [...]}}.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not valid JSON: {e.Message}", e);
        }
    }

    private sealed record Manifest(List<Entry>? Documents);

    private sealed record Entry(string? Id, string? File);
}
