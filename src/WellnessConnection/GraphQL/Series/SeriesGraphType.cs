using GraphQL.Types;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Sessions;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Series;

public sealed class SeriesGraphType : DocumentGraphType<SeriesEntity>
{
    public SeriesGraphType()
        : base("Series", "A multi-part series of sessions, e.g. Sleep (part I, part II...).")
    {
        Field(s => s.Title);
        Field(s => s.Summary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SessionGraphType>>>>("parts")
            .Description("The series' published sessions, by part number.")
            .Resolve(context => context.RequestServices!.Request().Loaders.SeriesParts.Load(context.Source.Id));
    }
}
