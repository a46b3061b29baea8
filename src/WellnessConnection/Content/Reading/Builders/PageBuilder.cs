using WellnessConnection.Content.Model;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Reading.Builders;

public static class PageBuilder
{
    public static Page Build(FieldValues v, DocumentHeader header, ReadContext context) => new()
    {
        Slug = header.Slug,
        Language = header.Language,
        SourcePath = header.Path.Path,
        Body = header.Body,
        Draft = v.Get("draft", false),
        Title = v.Get<string>("title") ?? "",
        Summary = v.Get<string>("summary") ?? DefaultSummary.Of(header.Body),
        Order = v.Get<int?>("order"),
    };
}
