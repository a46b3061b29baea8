using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Yaml;

namespace WellnessConnection.Content.Schema;

/// <summary>The messages every field kind shares: an empty value, a value of the wrong shape, and the examples they
/// give.</summary>
public static class FieldMessages
{
    public static string? Empty(SourcePosition at, string key, DiagnosticBag diagnostics)
    {
        diagnostics.Report(DiagnosticCodes.EmptyValue, at, $"\"{key}\" is empty; give a value or remove the line.");
        return null;
    }

    public static object? WrongType(YamlValue value, string key, FieldSpec spec, DiagnosticBag diagnostics)
    {
        diagnostics.Report(
            DiagnosticCodes.WrongType,
            value.Position,
            $"\"{key}\" must be {Describe(spec.Type)}, not {value.Describe()}; write `{key}: {Example(spec)}`."
        );
        return null;
    }

    /// <summary>"Where they were checked." as "where they were checked", to sit inside a sentence's
    /// parentheses.</summary>
    public static string AsClause(string help)
    {
        var clause = help.TrimEnd('.');
        return clause.Length > 1 && char.IsUpper(clause[0]) && char.IsLower(clause[1])
            ? char.ToLowerInvariant(clause[0]) + clause[1..]
            : clause;
    }

    public static string Example(FieldSpec spec) =>
        spec.Example.Length > 0
            ? spec.Example
            : spec.Type switch
            {
                FieldType.SlugList or FieldType.Slug => "self-care",
                FieldType.ChoiceList or FieldType.Choice => spec.Choices.Count > 0 ? spec.Choices[0] : "value",
                FieldType.LanguageList => "en, fr",
                FieldType.Number => "60",
                FieldType.Bool => "true",
                FieldType.LocalDateTime => "2023-12-05T19:00",
                FieldType.Date => "2026-10-01",
                FieldType.Url => "https://example.org/",
                FieldType.TimeZone => "America/Toronto",
                _ => "...",
            };

    private static string Describe(FieldType type) =>
        type switch
        {
            FieldType.TextList or FieldType.SlugList or FieldType.ChoiceList or FieldType.LanguageList => "a list",
            FieldType.Number => "a whole number",
            FieldType.Bool => "true or false",
            _ => "a single value",
        };
}
