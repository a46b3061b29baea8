using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>One request's argument and directive values, as <see cref="ArgumentSites.Parse"/> found them.</summary>
internal sealed class ParsedArguments
{
    public Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>? ArgumentValues { get; set; }

    public Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>? DirectiveValues { get; set; }

    public List<ValidationError>? Errors { get; set; }
}
