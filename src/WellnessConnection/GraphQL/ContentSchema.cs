using GraphQL.Types;
using WellnessConnection.GraphQL.CrisisLines;
using WellnessConnection.GraphQL.Facilitators;
using WellnessConnection.GraphQL.Pages;
using WellnessConnection.GraphQL.Resources;
using WellnessConnection.GraphQL.Series;
using WellnessConnection.GraphQL.Sessions;
using WellnessConnection.GraphQL.Topics;

namespace WellnessConnection.GraphQL;

/// <summary>The published schema; <c>schema.graphql</c> at the repository root is printed from it.</summary>
public sealed class ContentSchema : Schema
{
    public ContentSchema(IServiceProvider services, ContentQueryGraphType query)
        : base(services)
    {
        Query = query;
        // graphql-js's getIntrospectionQuery({ inputValueDeprecation: true }), which some tools send, asks
        // args(includeDeprecated: true); GraphQL.NET answers it only with this (a draft of the spec, already served).
        Features.DeprecationOfInputValues = true;
        Description =
            "Wellness Connection: virtual peer-support sessions for physicians and medical learners in Canada.";

        // Types reached only through the Node interface or search still need to be in the schema.
        RegisterType(typeof(SessionGraphType));
        RegisterType(typeof(SeriesGraphType));
        RegisterType(typeof(TopicGraphType));
        RegisterType(typeof(FacilitatorGraphType));
        RegisterType(typeof(ResourceGraphType));
        RegisterType(typeof(CrisisLineGraphType));
        RegisterType(typeof(PageGraphType));
    }
}
