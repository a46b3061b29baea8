using System.Collections;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Storage.Reading;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace WellnessConnection.GraphQL.Memoization;

/// <summary>
/// The serial execution strategy (one request reads one DbContext, one field at a time), plus one shortcut: the
/// fields a <see cref="StaticSelection"/> asks of a document object are resolved and written once per index and time
/// slice, then answered from the request's <see cref="IndexMemo"/> as the JSON they were written as, by the object's
/// kind, id and locale and the selection's text, from the second time they are asked for on the index (a page read
/// once costs nothing more). A request with any error keeps nothing; a request that previews has
/// no memo and always resolves. The JSON is the serializer's own output for those fields, so the answer is the same,
/// byte for byte, as without the memo (<c>ShortcutDifferentialTests</c>).
/// </summary>
public sealed class MemoizingExecutionStrategy(IGraphQLSerializer serializer) : SerialExecutionStrategy
{
    private const string MissesKey = "wc.memoized-selection-misses";

    private static readonly byte[] DataPrefix = "{\"data\":"u8.ToArray();

    private readonly ConditionalWeakTable<GraphQLSelectionSet, SelectionKey> selections = [];
    private HashSet<string>? volatileFields;

    public override async Task ExecuteNodeTreeAsync(ExecutionContext context, ExecutionNode rootNode)
    {
        await base.ExecuteNodeTreeAsync(context, rootNode);
        if (
            context.UserContext.Remove(MissesKey, out var value)
            && value is List<Miss> misses
            && context.Errors.Count == 0
        )
        {
            foreach (var miss in misses)
            {
                await KeepAsync(miss, context.CancellationToken);
            }
        }
    }

    protected override Task ExecuteNodeAsync(ExecutionContext context, ExecutionNode node) =>
        node is MemoizedFieldNode ? Task.CompletedTask : base.ExecuteNodeAsync(context, node);

    /// <summary>A list of document objects whose every item is kept for this selection is answered whole, as each
    /// object's JSON: no node per item and per field. An item not kept sends the whole list the general
    /// way.</summary>
    protected override Task SetArrayItemNodesAsync(ExecutionContext context, ArrayExecutionNode parent)
    {
        if (KeptItems(context, parent) is { } kept)
        {
            parent.SerializedResult = kept;
            return Task.CompletedTask;
        }

        return base.SetArrayItemNodesAsync(context, parent);
    }

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        if (KeyOf(context, parent) is not var (memo, key))
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }

        if (
            memo.TryGet<MemoizedFields>(key, out var kept)
            && (AnswerWhole(parent, kept) || Answer(context, parent, kept))
        )
        {
            return;
        }

        base.SetSubFieldNodes(context, parent);
        if (!memo.AskedBefore(key))
        {
            return;
        }

        if (!context.UserContext.TryGetValue(MissesKey, out var misses))
        {
            context.UserContext[MissesKey] = misses = new List<Miss>();
        }

        ((List<Miss>)misses!).Add(new Miss(memo, key, parent));
    }

    /// <summary>An object that is a field of another (<c>session(slug:)</c> of the query) is answered as one field, its
    /// value the object's JSON: the field's node is replaced in its parent's fields. An item of a list is not (its
    /// list is not built yet): <see cref="KeptItems"/> answers whole lists.</summary>
    private static bool AnswerWhole(ObjectExecutionNode node, MemoizedFields kept)
    {
        if (node.Parent is not ObjectExecutionNode { SubFields: { } fields } parent)
        {
            return false;
        }

        var index = Array.IndexOf(fields, node);
        if (index < 0)
        {
            return false;
        }

        fields[index] = new MemoizedFieldNode(
            parent,
            node.GraphType!,
            node.Field!,
            node.FieldDefinition!,
            kept.Whole,
            kept.Served
        );
        return true;
    }

    /// <summary>The fields of <paramref name="parent"/> as kept, in the order the selection asks them (collected once
    /// per selection and type: a static selection has no directive that could change them).</summary>
    private bool Answer(ExecutionContext context, ObjectExecutionNode parent, MemoizedFields kept)
    {
        var type = parent.GetObjectGraphType(context.Schema) ?? (IObjectGraphType)parent.GraphType;
        var fields = selections
            .GetValue(parent.SelectionSet!, _ => new SelectionKey(null))
            .Fields.GetOrAdd(type, t => [.. CollectFieldsFrom(context, t, parent.SelectionSet!, null).Values]);
        if (fields.Length != kept.Count)
        {
            return false;
        }

        var nodes = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, definition) = fields[i];
            if (!kept.TryGetField(i, field.Alias?.Name.StringValue ?? field.Name.StringValue, out var json))
            {
                return false;
            }

            // The documents of all the fields go with the first.
            var served = i == 0 ? kept.Served : null;
            nodes[i] = new MemoizedFieldNode(parent, definition.ResolvedType!, field, definition, json, served);
        }

        parent.SubFields = nodes;
        return true;
    }

    private MemoizedItems? KeptItems(ExecutionContext context, ArrayExecutionNode parent)
    {
        var itemType = (parent.GraphType as ListGraphType)?.ResolvedType;
        if (
            (itemType is NonNullGraphType nonNull ? nonNull.ResolvedType : itemType) is not IObjectGraphType type
            || parent.Result is not IEnumerable result
        )
        {
            return null;
        }

        // Listed once (a connection's nodes are a query over its edges); the general path then reads the same list.
        var list = result as IList ?? (IList)(parent.Result = result.Cast<object?>().ToList());
        if (list.Count == 0)
        {
            return null;
        }

        var items = new RawJson[list.Count];
        var served = new ServedDocuments[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not DocumentEntity document)
            {
                return null;
            }

            var item = (ObjectExecutionNode)BuildExecutionNode(parent, type, parent.Field!, parent.FieldDefinition!, i);
            item.Result = document;
            if (KeyOf(context, item) is not var (memo, key) || !memo.TryGet<MemoizedFields>(key, out var kept))
            {
                return null;
            }

            items[i] = kept.Whole;
            served[i] = kept.Served;
        }

        return new MemoizedItems(items, served);
    }

    private (IndexMemo Memo, MemoKey Key)? KeyOf(ExecutionContext context, ObjectExecutionNode parent)
    {
        if (
            parent.Result is not DocumentEntity document
            || parent.SelectionSet is not { } selection
            || context.RequestServices?.Request() is not { Memo: { } memo } request
        )
        {
            return null;
        }

        volatileFields ??= VolatileFields.Of(context.Schema);
        var text = selections
            .GetValue(selection, s => new SelectionKey(
                StaticSelection.KeyOf(context.Document, s, volatileFields) is { } key ? new SharedKeyText(key) : null
            ))
            .Text;
        if (text is null)
        {
            return null;
        }

        var type = parent.GetObjectGraphType(context.Schema)?.Name ?? parent.GraphType.Name;
        return (memo, request.MemoKey($"Fields.{type}", $"{document.Id}\n{document.Locale}", text));
    }

    /// <summary>Keeps the JSON of <paramref name="miss"/>'s object, written once by the serializer; its fields' values
    /// are slices of it (<see cref="MemoizedFields"/>).</summary>
    private async Task KeepAsync(Miss miss, CancellationToken cancellationToken)
    {
        var kept = MemoizedFields.Of(
            await JsonOfAsync(miss.Parent, cancellationToken),
            ResponseDocuments.Of(miss.Parent)
        );
        miss.Memo.Set(miss.Key, kept, kept.SizeBytes);
    }

    /// <summary>The JSON the serializer writes for <paramref name="node"/>: it is written as a result's data, whose
    /// wrapper is then cut off.</summary>
    private async Task<byte[]> JsonOfAsync(ExecutionNode node, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        await serializer.WriteAsync(stream, new ExecutionResult { Executed = true, Data = node }, cancellationToken);
        var written = stream.GetBuffer().AsSpan(0, (int)stream.Length);
        if (!written.StartsWith(DataPrefix) || written[^1] != (byte)'}')
        {
            throw new InvalidOperationException("The serializer wrote a result in an unexpected shape.");
        }

        return written[DataPrefix.Length..^1].ToArray();
    }

    private sealed record Miss(IndexMemo Memo, MemoKey Key, ObjectExecutionNode Parent);

    /// <summary>A selection's memo key text (null when it is not static), and its fields by object type.</summary>
    private sealed record SelectionKey(SharedKeyText? Text)
    {
        public ConcurrentDictionary<IObjectGraphType, (GraphQLField Field, FieldType Definition)[]> Fields { get; } =
            new();
    }
}
