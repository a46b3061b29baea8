using WellnessConnection.Content.Model;
using WellnessConnection.Content.Schema;
using WellnessConnection.Content.Schema.Fields;

namespace WellnessConnection.Content.Reading.Builders;

public static class FacilitatorBuilder
{
    public static Facilitator Build(FieldValues v, DocumentHeader header, ReadContext context) =>
        new()
        {
            Slug = header.Slug,
            Language = header.Language,
            SourcePath = header.Path.Path,
            Body = header.Body,
            Draft = v.Get(CommonFields.Draft) ?? false,
            Name = v.Get(FacilitatorFields.Name) ?? "",
            Credentials = v.Get(FacilitatorFields.Credentials),
            Pronouns = v.Get(FacilitatorFields.Pronouns),
        };
}
