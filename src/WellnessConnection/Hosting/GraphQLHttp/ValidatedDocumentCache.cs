using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using WellnessConnection.GraphQL.Memoization;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// Documents that were parsed, passed the document limits and validated, by hash and operation name: a client sends
/// the same few documents over and over with new variables, and none of that work depends on the variables. Bounded;
/// the least recently used go first; a document is kept from its second validation on. Each instance keeps its own.
/// </summary>
internal sealed class ValidatedDocumentCache : IDisposable
{
    /// <summary>A parsed document takes about this many times its text in memory.</summary>
    private const int AstBytesPerChar = 16;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 16 * 1024 * 1024 });

    public GraphQLDocument? Find(string documentHash, string? operationName) =>
        cache.TryGetValue((documentHash, operationName), out GraphQLDocument? document) ? document : null;

    private readonly Doorkeeper seen = new();

    /// <summary>Keeps the document once it is validated a second time: a document sent once is not worth
    /// keeping.</summary>
    public void Add(string documentHash, string? operationName, GraphQLDocument document)
    {
        if (
            !seen.SeenBefore(
                Doorkeeper.FingerprintOfHex(documentHash)
                    ^ (ulong)(operationName?.GetHashCode(StringComparison.Ordinal) ?? 0)
            )
        )
        {
            return;
        }

        cache.Set(
            (documentHash, operationName),
            document,
            new MemoryCacheEntryOptions { Size = 256 + ((long)document.Source.Length * AstBytesPerChar) }
        );
    }

    public void Dispose() => cache.Dispose();
}
