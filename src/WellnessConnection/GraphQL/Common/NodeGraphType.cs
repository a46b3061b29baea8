using GraphQL.Types;

namespace WellnessConnection.GraphQL.Common;

/// <summary>The Relay <c>Node</c> interface: every document has an opaque global id, resolvable with
/// <c>node(id:)</c>.</summary>
public sealed class NodeGraphType : InterfaceGraphType
{
    public NodeGraphType()
    {
        Name = "Node";
        Description = "A document with a global id.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque and stable: the same in every locale.");
    }
}
