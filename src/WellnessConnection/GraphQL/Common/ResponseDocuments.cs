using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using WellnessConnection.GraphQL.Memoization;
using WellnessConnection.GraphQL.Paging;
using WellnessConnection.GraphQL.Search;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.GraphQL.Common;

/// <summary>
/// Reads an executed result's tree once, before it is written, for the documents it shows
/// (<see cref="ServedDocuments"/>): each document object, each list or connection of a kind of document, each
/// document field that came back null (a document added later would fill it), and search.
/// </summary>
public static class ResponseDocuments
{
    /// <summary>The document kind a graph type lists or holds, by graph type; null for other types.</summary>
    private static readonly ConcurrentDictionary<Type, string?> KindOfGraphType = new();

    public static void Record(ExecutionResult result, ServedDocuments served)
    {
        if (result.Data is ExecutionNode root)
        {
            Visit(root, served);
        }
    }

    /// <summary>The documents one node's subtree shows, on their own (kept with a memoized field).</summary>
    public static ServedDocuments Of(ExecutionNode node)
    {
        var served = new ServedDocuments();
        Visit(node, served);
        return served;
    }

    private static void Visit(ExecutionNode node, ServedDocuments served)
    {
        switch (node)
        {
            case MemoizedFieldNode memoized:
                if (memoized.Served is { } shown)
                {
                    served.Add(shown);
                }

                break;
            case ArrayExecutionNode array:
                RecordListOf(array.GraphType, served);
                if (array.SerializedResult is MemoizedItems kept)
                {
                    foreach (var item in kept.Served)
                    {
                        served.Add(item);
                    }
                }

                foreach (var item in array.Items ?? [])
                {
                    Visit(item, served);
                }

                break;
            case ObjectExecutionNode parent when parent.Result is not null || parent is RootExecutionNode:
                switch (parent.Result)
                {
                    case DocumentEntity document:
                        served.Record(document);
                        break;
                    case SearchHit or SearchResults:
                        served.RecordSearch();
                        break;
                    default:
                        RecordListOf(parent.GraphType, served);
                        break;
                }

                foreach (var field in parent.SubFields ?? [])
                {
                    Visit(field, served);
                }

                break;
            case { Result: null }:
                RecordMissing(node.GraphType, served);
                break;
        }
    }

    /// <summary>A list or connection of documents: a document added or removed may change it.</summary>
    private static void RecordListOf(IGraphType? type, ServedDocuments served)
    {
        if (type is not null && KindOf(type) is { } kind)
        {
            served.RecordList(kind);
        }
    }

    /// <summary>A document field that answered null: a document of that kind (any kind, for <c>node</c>) added
    /// later may fill it.</summary>
    private static void RecordMissing(IGraphType? type, ServedDocuments served)
    {
        var unwrapped = type is NonNullGraphType nonNull ? nonNull.ResolvedType : type;
        if (unwrapped is NodeGraphType)
        {
            foreach (var kind in ServedDocuments.KindNames)
            {
                served.RecordList(kind);
            }
        }
        else
        {
            RecordListOf(unwrapped, served);
        }
    }

    private static string? KindOf(IGraphType type) =>
        type switch
        {
            NonNullGraphType nonNull => nonNull.ResolvedType is { } inner ? KindOf(inner) : null,
            ListGraphType list => list.ResolvedType is { } item ? KindOf(item) : null,
            _ => KindOfGraphType.GetOrAdd(type.GetType(), KindOfClrType),
        };

    /// <summary><c>SessionGraphType</c> (a <see cref="DocumentGraphType{T}"/>) and <c>SessionConnection</c> (a
    /// <see cref="ConnectionGraphType{TNodeType}"/> of it) both hold sessions.</summary>
    private static string? KindOfClrType(Type graphType)
    {
        if (graphType.IsGenericType && graphType.GetGenericTypeDefinition() == typeof(ConnectionGraphType<>))
        {
            return KindOfClrType(graphType.GetGenericArguments()[0]);
        }

        for (var type = graphType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(DocumentGraphType<>))
            {
                return ServedDocuments.KindOf(type.GetGenericArguments()[0]);
            }
        }

        return null;
    }
}
