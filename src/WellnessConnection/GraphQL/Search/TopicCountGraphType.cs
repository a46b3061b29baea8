using GraphQL.Types;
using WellnessConnection.GraphQL.Topics;

namespace WellnessConnection.GraphQL.Search;

public sealed class TopicCountGraphType : ObjectGraphType<TopicCount>
{
    public TopicCountGraphType()
    {
        Name = "TopicCount";
        Description = "How many matches are about one topic: sessions and resources on it, and the topic itself.";
        Field<NonNullGraphType<TopicGraphType>>("topic").Resolve(context => context.Source.Topic);
        Field(c => c.Count);
    }
}
