using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// Where one operation of a document has arguments to parse: each field with arguments (with its definition's
/// arguments) and each node with directives, in the order GraphQL.NET 8's <c>DocumentValidator</c> parses them. That
/// order and those places depend on the document and the schema alone, so they are found once; only the values,
/// which read the variables, are parsed per request (<see cref="Parse"/>, with GraphQL.NET's own
/// <see cref="ExecutionHelper"/>). The walk is a copy of the validator's private <c>ParseArgumentVisitor</c>
/// (GraphQL.NET 8.8, MIT licence) that records instead of parsing; <c>CheckedDocumentValidatorTests</c> compares
/// the two.
/// </summary>
internal sealed class ArgumentSites
{
    private readonly Site[] sites;

    private ArgumentSites(Site[] sites) => this.sites = sites;

    public static ArgumentSites Of(GraphQLDocument document, GraphQLOperationDefinition operation, ISchema schema)
    {
        var context = new Walk(document, schema);
        Recorder.Instance.VisitAsync(operation, context).AsTask().GetAwaiter().GetResult();
        return new ArgumentSites([.. context.Sites]);
    }

    /// <summary>
    /// The values at every site with these variables; each site's error is collected, as the validator does.
    /// </summary>
    public ParsedArguments Parse(Variables variables, GraphQLDocument document, ISchema schema)
    {
        var parsed = new ParsedArguments();
        foreach (var site in sites)
        {
            try
            {
                if (site.IsField)
                {
                    var field = (GraphQLField)site.Node;
                    var values = ExecutionHelper.GetArguments(
                        site.Arguments,
                        field.Arguments,
                        variables,
                        document,
                        field,
                        null
                    );
                    if (values is not null)
                    {
                        (parsed.ArgumentValues ??= []).Add(field, values);
                    }
                }
                else if (
                    ExecutionHelper.GetDirectives((IHasDirectivesNode)site.Node, variables, schema, document) is
                    { } directives
                )
                {
                    (parsed.DirectiveValues ??= []).Add(site.Node, directives);
                }
            }
            catch (ValidationError error)
            {
                (parsed.Errors ??= []).Add(error);
            }
        }

        return parsed;
    }

    /// <summary>A field's arguments (with the definitions they are parsed by), or a node's directives.</summary>
    private readonly record struct Site(ASTNode Node, bool IsField, QueryArguments? Arguments);

    private sealed class Walk(GraphQLDocument document, ISchema schema) : IASTVisitorContext
    {
        public GraphQLDocument Document { get; } = document;

        public ISchema Schema { get; } = schema;

        public Stack<IComplexGraphType?> Types { get; } = new();

        public IComplexGraphType? Type => Types.Count > 0 ? Types.Peek() : null;

        public HashSet<ROM> VisitedFragments { get; } = [];

        public List<Site> Sites { get; } = [];

        public CancellationToken CancellationToken => default;
    }

    private sealed class Recorder : ASTVisitor<Walk>
    {
        public static readonly Recorder Instance = new();

        public override ValueTask VisitAsync(ASTNode? node, Walk context)
        {
            if (node is IHasDirectivesNode { Directives.Count: > 0 })
            {
                context.Sites.Add(new Site(node, IsField: false, null));
            }

            return base.VisitAsync(node, context);
        }

        protected override async ValueTask VisitOperationDefinitionAsync(
            GraphQLOperationDefinition operationDefinition,
            Walk context
        )
        {
            var type = operationDefinition.Operation switch
            {
                OperationType.Query => context.Schema.Query,
                OperationType.Mutation => context.Schema.Mutation,
                OperationType.Subscription => context.Schema.Subscription,
                _ => null,
            };
            if (type is null)
            {
                return;
            }

            context.Types.Push(type);
            await base.VisitOperationDefinitionAsync(operationDefinition, context);
            context.Types.Pop();
        }

        protected override async ValueTask VisitInlineFragmentAsync(GraphQLInlineFragment inlineFragment, Walk context)
        {
            if (inlineFragment.TypeCondition is not { } condition)
            {
                await base.VisitInlineFragmentAsync(inlineFragment, context);
                return;
            }

            await WithinAsync(
                context.Schema.AllTypes[condition.Type.Name.Value]?.GetNamedType(),
                () => base.VisitInlineFragmentAsync(inlineFragment, context),
                context
            );
        }

        protected override ValueTask VisitFragmentSpreadAsync(GraphQLFragmentSpread fragmentSpread, Walk context)
        {
            var name = fragmentSpread.FragmentName.Name.Value;
            if (context.VisitedFragments.Add(name) && context.Document.FindFragmentDefinition(name) is { } definition)
            {
                return VisitAsync(definition, context);
            }

            return default;
        }

        protected override ValueTask VisitFragmentDefinitionAsync(
            GraphQLFragmentDefinition fragmentDefinition,
            Walk context
        ) =>
            WithinAsync(
                context.Schema.AllTypes[fragmentDefinition.TypeCondition.Type.Name.Value]?.GetNamedType(),
                () => base.VisitFragmentDefinitionAsync(fragmentDefinition, context),
                context
            );

        protected override async ValueTask VisitFieldAsync(GraphQLField field, Walk context)
        {
            var schema = context.Schema;
            var name = field.Name.Value;
            var definition =
                name == schema.TypeMetaFieldType.Name ? schema.TypeMetaFieldType
                : name == schema.TypeNameMetaFieldType.Name ? schema.TypeNameMetaFieldType
                : name == schema.SchemaMetaFieldType.Name ? schema.SchemaMetaFieldType
                : context.Type?.Fields.Find(name);
            if (definition is null)
            {
                return;
            }

            if (field.Arguments?.Count > 0)
            {
                context.Sites.Add(new Site(field, IsField: true, definition.Arguments));
            }

            switch (definition.ResolvedType?.GetNamedType())
            {
                case IComplexGraphType type:
                    context.Types.Push(type);
                    await base.VisitFieldAsync(field, context);
                    context.Types.Pop();
                    break;
                case UnionGraphType:
                    await base.VisitFieldAsync(field, context);
                    break;
            }
        }

        /// <summary>
        /// An object or interface is the type its fields are found on; a union's fragments name their own.
        /// </summary>
        private static async ValueTask WithinAsync(IGraphType? namedType, Func<ValueTask> visit, Walk context)
        {
            if (namedType is IComplexGraphType type)
            {
                context.Types.Push(type);
                await visit();
                context.Types.Pop();
            }
            else if (namedType is IAbstractGraphType)
            {
                await visit();
            }
        }
    }
}
