using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace WellnessConnection.Hosting.Protection;

/// <summary>
/// Refuses a document with more than <see cref="ProtectionOptions.MaxAliases"/> aliases: aliases are how one field
/// is asked thousands of times in one request.
/// </summary>
internal sealed class AliasLimitRule(IOptions<ProtectionOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var max = options.Value.MaxAliases;
        var count = 0;
        return new(new MatchingNodeVisitor<GraphQLAlias>((alias, validation) =>
        {
            if (++count == max + 1)
            {
                validation.ReportError(new ValidationError(
                    validation.Document.Source, null, $"The document has more than {max} aliases, the most this endpoint accepts.", alias)
                {
                    Code = "TOO_MANY_ALIASES",
                });
            }
        }));
    }
}
