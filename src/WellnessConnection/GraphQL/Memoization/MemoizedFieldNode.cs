using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.GraphQL.Memoization;

/// <summary>
/// A field answered from the memo (<see cref="MemoizingExecutionStrategy"/>): a field of a kept object (never
/// resolved), or a field whose object is kept whole; written as the JSON it was written as the first time, with the
/// documents that JSON shows (for the response's surrogate keys).
/// </summary>
public sealed class MemoizedFieldNode(
    ExecutionNode parent,
    IGraphType graphType,
    GraphQLField field,
    FieldType fieldDefinition,
    RawJson json,
    ServedDocuments? served
) : ExecutionNode(parent, graphType, field, fieldDefinition, null)
{
    /// <summary>The documents the kept object shows: on the whole object, or on the first of its fields answered one by
    /// one (null on the others).</summary>
    public ServedDocuments? Served => served;

    public override object? ToValue() => json;
}
