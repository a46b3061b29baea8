using System.Text;
using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using WellnessConnection.Hosting.GraphQLHttp;

namespace WellnessConnection.Hosting.Protection;

/// <summary>
/// Refuses a document too large to be worth parsing, by UTF-8 bytes and by tokens, before GraphQL.NET parses and
/// validates it: both cost time in proportion to the document, and a hostile one can be made of nothing else. Also
/// counts fragment uses: validating that fields merge compares fragments pairwise, so its time grows with their square
/// (400 spreads of one field take seconds), and so does the number of fields: the document is parsed here (once:
/// GraphQL.NET is handed the parsed document) and its fields and aliases counted before any validation rule runs.
/// A document that passed once is not checked again (<see cref="GraphQLHttpExecution.DocumentValidated"/>).
/// </summary>
internal sealed class DocumentLimitsFilter(IDocumentBuilder parser, IOptions<ProtectionOptions> options)
    : IGraphQLHttpFilter
{
    public int Order => GraphQLHttpFilterOrder.DocumentLimits;

    public ValueTask<GraphQLHttpResult> InvokeAsync(GraphQLHttpExecution execution, GraphQLHttpContinuation proceed)
    {
        // A document validated before passed these limits then.
        if (execution.Request.Query is not { } query || execution.DocumentValidated)
        {
            return proceed(execution);
        }

        // A client gone (or out of time) before its document is looked at costs nothing more; GraphQL.NET's own
        // validation and execution then watch the same token.
        execution.CancellationToken.ThrowIfCancellationRequested();
        var limits = options.Value;
        var bytes = Encoding.UTF8.GetByteCount(query);
        if (bytes > limits.MaxDocumentBytes)
        {
            return Refuse(
                "DOCUMENT_TOO_LARGE",
                $"The document is {bytes:N0} bytes; this endpoint accepts at most {limits.MaxDocumentBytes:N0}. Ask "
                    + $"for less in one request."
            );
        }

        var (tokens, fragments) = Count(query, limits.MaxDocumentTokens + 1);
        if (tokens > limits.MaxDocumentTokens)
        {
            return Refuse(
                "TOO_MANY_TOKENS",
                $"The document has more than {limits.MaxDocumentTokens:N0} tokens (names, punctuation, values), the "
                    + $"most this endpoint parses. Ask for less in one request."
            );
        }

        if (fragments > limits.MaxFragments)
        {
            return Refuse(
                "TOO_MANY_FRAGMENTS",
                $"The document uses fragments {fragments:N0} times (... spreads and inline fragments); this "
                    + $"endpoint accepts at most {limits.MaxFragments:N0}."
            );
        }

        GraphQLDocument document;
        try
        {
            document = parser.Build(query);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return Refuse(
                "QUERY_TOO_DEEP",
                $"The document nests too deep to be parsed; this endpoint accepts at most {limits.MaxDepth} levels "
                    + $"of fields."
            );
        }
        catch (SyntaxError)
        {
            // GraphQL.NET parses it again and reports the error, with its location, its own way.
            return proceed(execution);
        }

        var fields = CountFields(document);
        if (fields > limits.MaxFields)
        {
            return Refuse(
                "TOO_MANY_FIELDS",
                $"The document selects {fields:N0} fields; this endpoint accepts at most {limits.MaxFields:N0}. Ask "
                    + $"for less in one request."
            );
        }

        // Fragments spread by fragments multiply: bounded before any analysis walks the expansion.
        var (expanded, _) = ExpandedFieldCount.Of(document, limits.MaxExpandedFields);
        if (expanded > limits.MaxExpandedFields)
        {
            return Refuse(
                "TOO_MANY_EXPANDED_FIELDS",
                $"The document selects more than {limits.MaxExpandedFields:N0} fields once its fragments are "
                    + $"expanded; this endpoint accepts at most {limits.MaxExpandedFields:N0}. Spread fewer fragments."
            );
        }

        // Aliases are how one field is asked thousands of times in one request.
        if (CountAliases(document) > limits.MaxAliases)
        {
            return Refuse(
                "TOO_MANY_ALIASES",
                $"The document has more than {limits.MaxAliases} aliases, the most this endpoint accepts."
            );
        }

        // Parsed once: GraphQL.NET validates and runs this very document, unless the client left meanwhile.
        execution.CancellationToken.ThrowIfCancellationRequested();
        DirectiveArgsDeprecation.Remove(document);
        execution.Document = document;
        return proceed(execution);
    }

    /// <summary>The fields as written, in operations and fragments (a fragment used twice counts once).</summary>
    internal static int CountFields(GraphQLDocument document) =>
        document.Definitions.Sum(definition =>
            definition switch
            {
                GraphQLOperationDefinition operation => CountFields(operation.SelectionSet),
                GraphQLFragmentDefinition fragment => CountFields(fragment.SelectionSet),
                _ => 0,
            }
        );

    /// <summary>The aliases as written, in operations and fragments.</summary>
    internal static int CountAliases(GraphQLDocument document) =>
        document.Definitions.Sum(definition =>
            definition switch
            {
                GraphQLOperationDefinition operation => CountAliases(operation.SelectionSet),
                GraphQLFragmentDefinition fragment => CountAliases(fragment.SelectionSet),
                _ => 0,
            }
        );

    private static int CountAliases(GraphQLSelectionSet? selections) =>
        selections?.Selections.Sum(selection =>
            selection switch
            {
                GraphQLField field => (field.Alias is null ? 0 : 1) + CountAliases(field.SelectionSet),
                GraphQLInlineFragment inline => CountAliases(inline.SelectionSet),
                _ => 0,
            }
        )
        ?? 0;

    // The parser's depth limit (128 nodes) bounds this recursion.
    private static int CountFields(GraphQLSelectionSet? selections) =>
        selections?.Selections.Sum(selection =>
            selection switch
            {
                GraphQLField field => 1 + CountFields(field.SelectionSet),
                GraphQLInlineFragment inline => CountFields(inline.SelectionSet),
                _ => 0,
            }
        )
        ?? 0;

    /// <summary>
    /// Counts tokens, up to <paramref name="stopAt"/>, and the <c>...</c> among them (fragment spreads and inline
    /// fragments). A syntax error stops the count, for the parser to report.
    /// </summary>
    internal static (int Tokens, int Fragments) Count(string document, int stopAt)
    {
        var source = new ROM(document.AsMemory());
        var (tokens, fragments) = (0, 0);
        try
        {
            for (
                var token = Lexer.Lex(source, 0);
                token.Kind is not TokenKind.EOF && tokens < stopAt;
                token = Lexer.Lex(source, token.End)
            )
            {
                tokens++;
                if (token.Kind is TokenKind.SPREAD)
                {
                    fragments++;
                }
            }
        }
        catch (GraphQLSyntaxErrorException) { }

        return (tokens, fragments);
    }

    private static ValueTask<GraphQLHttpResult> Refuse(string code, string message) =>
        ValueTask.FromResult(GraphQLHttpResult.RequestError(new RequestError(message) { Code = code }));
}
