using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Model;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Reading.Builders;

public static class ResourceBuilder
{
    public static Resource Build(FieldValues v, DocumentHeader header, ReadContext context)
    {
        foreach (var slug in v.List("topics"))
        {
            context.Known.Check(DocumentKind.Topic, slug, "topics", v.PositionOf("topics"), context.Diagnostics);
        }

        var url = v.Get<Uri>("url");
        if (url is null && header.Body.Text.Length == 0)
        {
            context.Diagnostics.Report(DiagnosticCodes.ResourceWithoutContent, header.Origin,
                "a resource needs a `url:` to where it is, or a text below the front matter when the resource is this page itself.");
        }

        return new Resource
        {
            Slug = header.Slug,
            Language = header.Language,
            SourcePath = header.Path.Path,
            Body = header.Body,
            Draft = v.Get("draft", false),
            Title = v.Get<string>("title") ?? "",
            ResourceKind = v.Get<string>("kind") ?? "article",
            Url = url,
            Topics = v.List("topics"),
            Audience = v.List("audience"),
            Summary = v.Get<string>("summary") ?? DefaultSummary.Of(header.Body),
        };
    }
}
