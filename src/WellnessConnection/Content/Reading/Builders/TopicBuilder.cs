using WellnessConnection.Content.Model;
using WellnessConnection.Content.Schema;
using WellnessConnection.Content.Schema.Fields;

namespace WellnessConnection.Content.Reading.Builders;

public static class TopicBuilder
{
    public static Topic Build(FieldValues v, DocumentHeader header, ReadContext context) =>
        new()
        {
            Slug = header.Slug,
            Language = header.Language,
            SourcePath = header.Path.Path,
            Body = header.Body,
            Draft = v.Get(CommonFields.Draft) ?? false,
            Name = v.Get(TopicFields.Name) ?? "",
            Summary = v.Get(TopicFields.Summary) ?? DefaultSummary.Of(header.Body),
            Order = v.Get(TopicFields.Order),
        };
}
