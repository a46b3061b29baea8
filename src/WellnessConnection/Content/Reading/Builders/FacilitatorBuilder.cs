using WellnessConnection.Content.Model;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Reading.Builders;

public static class FacilitatorBuilder
{
    public static Facilitator Build(FieldValues v, DocumentHeader header, ReadContext context) => new()
    {
        Slug = header.Slug,
        Language = header.Language,
        SourcePath = header.Path.Path,
        Body = header.Body,
        Draft = v.Get("draft", false),
        Name = v.Get<string>("name") ?? "",
        Credentials = v.Get<string>("credentials"),
        Pronouns = v.Get<string>("pronouns"),
    };
}
