using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Model;
using WellnessConnection.Content.Schema;
using WellnessConnection.Content.Schema.Fields;

namespace WellnessConnection.Content.Reading.Builders;

public static class ResourceBuilder
{
    public static Resource Build(FieldValues v, DocumentHeader header, ReadContext context)
    {
        foreach (var slug in v.List(ResourceFields.Topics))
        {
            context.Known.Check(
                DocumentKind.Topic,
                slug,
                "topics",
                v.PositionOf(ResourceFields.Topics),
                context.Diagnostics
            );
        }

        var url = v.Get(ResourceFields.Url);
        if (url is null && header.Body.Text.Length == 0)
        {
            context.Diagnostics.Report(
                DiagnosticCodes.ResourceWithoutContent,
                header.Origin,
                "a resource needs a `url:` to where it is, or a text below the front matter when the resource is "
                    + "this page itself."
            );
        }

        return new Resource
        {
            Slug = header.Slug,
            Language = header.Language,
            SourcePath = header.Path.Path,
            Body = header.Body,
            Draft = v.Get(CommonFields.Draft) ?? false,
            Title = v.Get(ResourceFields.Title) ?? "",
            ResourceKind = v.Get(ResourceFields.Kind) ?? "article",
            Url = url,
            Topics = v.List(ResourceFields.Topics),
            Audience = v.List(ResourceFields.Audience),
            Summary = v.Get(ResourceFields.Summary) ?? DefaultSummary.Of(header.Body),
        };
    }
}
