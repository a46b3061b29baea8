using WellnessConnection.Content.Model;
using WellnessConnection.Content.Schema;
using WellnessConnection.Content.Schema.Fields;

namespace WellnessConnection.Content.Reading.Builders;

public static class SeriesBuilder
{
    public static Series Build(FieldValues v, DocumentHeader header, ReadContext context) =>
        new()
        {
            Slug = header.Slug,
            Language = header.Language,
            SourcePath = header.Path.Path,
            Body = header.Body,
            Draft = v.Get(CommonFields.Draft) ?? false,
            Title = v.Get(SeriesFields.Title) ?? "",
            Summary = v.Get(SeriesFields.Summary) ?? DefaultSummary.Of(header.Body),
        };
}
