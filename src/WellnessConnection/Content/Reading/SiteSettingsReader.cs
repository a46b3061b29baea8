using NodaTime;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Model;
using WellnessConnection.Content.Schema;
using WellnessConnection.Content.Schema.Fields;
using WellnessConnection.Content.Yaml;

namespace WellnessConnection.Content.Reading;

/// <summary>Reads <c>site.yml</c>, a plain YAML file (no front matter delimiters, no body).</summary>
public static class SiteSettingsReader
{
    public static SiteSettings Read(string yaml, DiagnosticBag diagnostics)
    {
        var path = ContentLoader.SiteFile;
        var mapping = YamlReader.ReadMapping(yaml, path, 1, diagnostics);
        if (mapping is null)
        {
            return new SiteSettings { Name = "" };
        }

        var v = FieldReader.Read(mapping.Entries, ContentSchemas.Site, SourcePosition.StartOf(path), diagnostics);
        var defaults = new SiteSettings { Name = "" };
        return new SiteSettings
        {
            Name = v.Get(SiteFields.Name) ?? "",
            DefaultTimeZone = v.Get(SiteFields.DefaultTimeZone)?.Id ?? defaults.DefaultTimeZone,
            DefaultDurationMinutes = v.Get(SiteFields.DefaultDurationMinutes) ?? defaults.DefaultDurationMinutes,
            DefaultLanguage = v.Get(SiteFields.DefaultLanguage) ?? defaults.DefaultLanguage,
            RegistrationBaseUrl = v.Get(SiteFields.RegistrationBaseUrl),
        };
    }
}
