using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// A mutation or subscription sent with GET. A type of its own because it is the one validation
/// error that changes the HTTP status (405, spec); its code is <c>GET_REQUIRES_QUERY</c>.
/// </summary>
public sealed class GetRequiresQueryError(ROM source, GraphQLOperationDefinition operation)
    : ValidationError(source, null, "Only query operations can be sent with GET.", operation);
