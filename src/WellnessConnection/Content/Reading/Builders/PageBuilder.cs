using WellnessConnection.Content.Model;
using WellnessConnection.Content.Schema;
using WellnessConnection.Content.Schema.Fields;

namespace WellnessConnection.Content.Reading.Builders;

public static class PageBuilder
{
    public static Page Build(FieldValues v, DocumentHeader header, ReadContext context) =>
        new()
        {
            Slug = header.Slug,
            Language = header.Language,
            SourcePath = header.Path.Path,
            Body = header.Body,
            Draft = v.Get(CommonFields.Draft) ?? false,
            Title = v.Get(PageFields.Title) ?? "",
            Summary = v.Get(PageFields.Summary) ?? DefaultSummary.Of(header.Body),
            Order = v.Get(PageFields.Order),
        };
}
