using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Yaml;

namespace WellnessConnection.Content.Schema;

/// <summary>
/// Checks front matter entries against a <see cref="DocumentSchema"/> and converts them to typed values,
/// reporting every unknown key, missing field and bad value with the line of its key.
/// </summary>
public static partial class FieldReader
{
    private static readonly LocalDateTimePattern MinutePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");
    private static readonly LocalDateTimePattern SecondPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss");

    /// <param name="entries">The fields, possibly merged from an original and its translation.</param>
    /// <param name="origin">Where a missing field is reported: the start of the original file.</param>
    public static FieldValues Read(IEnumerable<YamlEntry> entries, DocumentSchema schema, SourcePosition origin, DiagnosticBag diagnostics)
    {
        var values = new FieldValues();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var spec = schema.Find(entry.Key);
            if (spec is null)
            {
                diagnostics.Report(DiagnosticCodes.UnknownKey, entry.KeyPosition,
                    $"unknown key \"{entry.Key}\".{Suggestions.DidYouMean(entry.Key, schema.Fields.Select(f => f.Name))} "
                    + $"Allowed keys: {string.Join(", ", schema.Fields.Select(f => f.Name))}.");
                continue;
            }

            values.MarkWritten(entry.Key);
            if (!seen.Add(entry.Key))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateKey, entry.KeyPosition,
                    $"\"{entry.Key}\" is set twice; keep one of the two lines.");
                continue;
            }

            if (entry.Value is YamlScalar { IsNull: true } empty)
            {
                diagnostics.Report(DiagnosticCodes.EmptyValue, entry.KeyPosition, empty.Comment is { } comment
                    ? $"\"{entry.Key}\" has no value: YAML reads everything from `#` to the end of the line as a comment. "
                        + $"If `{comment.Text}` is the value, put it in double quotes: `{entry.Key}: \"{comment.Text}\"`."
                    : $"\"{entry.Key}\" has no value; give one after the colon or remove the line.");
                continue;
            }

            if (Convert(entry, spec, diagnostics) is { } value)
            {
                values.Set(spec.Name, value, entry.KeyPosition);
            }
        }

        foreach (var spec in schema.Fields.Where(f => f.Required && !seen.Contains(f.Name)))
        {
            diagnostics.Report(DiagnosticCodes.MissingField, origin,
                $"the required field \"{spec.Name}\" is missing; add a line `{spec.Name}: ...` to the front matter ({AsClause(spec.Help)}).");
        }

        return values;
    }

    private static object? Convert(YamlEntry entry, FieldSpec spec, DiagnosticBag diagnostics) => spec.Type switch
    {
        FieldType.TextList or FieldType.SlugList or FieldType.ChoiceList or FieldType.LanguageList => ConvertList(entry, spec, diagnostics),
        _ when entry.Value is YamlScalar scalar => ConvertScalar(scalar, entry.Key, spec, diagnostics),
        _ => WrongType(entry.Value, entry.Key, spec, diagnostics),
    };

    private static IReadOnlyList<string>? ConvertList(YamlEntry entry, FieldSpec spec, DiagnosticBag diagnostics)
    {
        // A single value is accepted as a list of one: `topics: burnout` means what it says.
        IReadOnlyList<YamlValue> items = entry.Value switch
        {
            YamlSequence sequence => sequence.Items,
            YamlScalar scalar => [scalar],
            _ => [],
        };
        if (entry.Value is YamlMapping)
        {
            return (IReadOnlyList<string>?)WrongType(entry.Value, entry.Key, spec, diagnostics);
        }

        if (items.Count == 0)
        {
            diagnostics.Report(DiagnosticCodes.EmptyValue, entry.KeyPosition,
                $"\"{entry.Key}\" is an empty list; give at least one value, e.g. `{entry.Key}: [{Example(spec)}]`{(spec.Required ? "" : ", or remove the line")}.");
            return null;
        }

        var result = new List<string>();
        var valid = true;
        foreach (var item in items)
        {
            if (item is not YamlScalar { IsNull: false } scalar)
            {
                diagnostics.Report(DiagnosticCodes.WrongType, item.Position,
                    $"each item of \"{entry.Key}\" must be a single value, not {item.Describe()}; write `{entry.Key}: [{Example(spec)}]`.");
                valid = false;
                continue;
            }

            var itemSpec = spec with { Type = spec.Type switch { FieldType.SlugList => FieldType.Slug, FieldType.ChoiceList => FieldType.Choice, FieldType.LanguageList => FieldType.LanguageList, _ => FieldType.Text } };
            if (ConvertScalar(scalar, entry.Key, itemSpec, diagnostics) is string text)
            {
                if (result.Contains(text, StringComparer.Ordinal))
                {
                    diagnostics.Report(DiagnosticCodes.DuplicateKey, scalar.Position, $"\"{text}\" appears twice in \"{entry.Key}\"; remove one.");
                }
                else
                {
                    result.Add(text);
                }
            }
            else
            {
                valid = false;
            }
        }

        return valid ? result : null;
    }

    private static object? ConvertScalar(YamlScalar scalar, string key, FieldSpec spec, DiagnosticBag diagnostics)
    {
        var text = scalar.Value.Trim();
        var at = scalar.Position;
        // Checked before trimming: Trim() would silently drop a C1 NEL (U+0085) or a trailing escaped line break.
        if (TextCharacters.FirstRefused(scalar.Value, spec.MultiLine) is var refused and >= 0)
        {
            diagnostics.Report(DiagnosticCodes.ForbiddenCharacter, at,
                $"the value of \"{key}\" contains {TextCharacters.Describe(scalar.Value, refused)}; remove it (it is often pasted in unseen, or written as an escape like \\u0001).");
            return null;
        }

        switch (spec.Type)
        {
            case FieldType.Text:
                WarnIfCut(scalar, key, diagnostics);
                return text.Length > 0 ? text : Empty(at, key, diagnostics);
            case FieldType.Slug:
                if (Slugs.IsValid(text))
                {
                    return text;
                }

                diagnostics.Report(DiagnosticCodes.InvalidSlug, at,
                    $"\"{text}\" in \"{key}\" is not a slug: use lower-case letters, digits and single hyphens, like \"{Slugs.Suggest(text)}\" (the file name without .md).");
                return null;
            case FieldType.Url:
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0 && !text.Contains(' ', StringComparison.Ordinal))
                {
                    return uri;
                }

                diagnostics.Report(DiagnosticCodes.InvalidUrl, at,
                    $"\"{text}\" in \"{key}\" is not a full web address; write it with https://, e.g. `https://www.cma.ca/...`, without spaces.");
                return null;
            case FieldType.LocalDateTime:
                return ParseLocalDateTime(text, key, at, diagnostics);
            case FieldType.Date:
                var date = LocalDatePattern.Iso.Parse(text);
                if (date.Success)
                {
                    return date.Value;
                }

                diagnostics.Report(DiagnosticCodes.InvalidDate, at, $"\"{text}\" in \"{key}\" is not a date; write year-month-day, e.g. `2026-10-01`.");
                return null;
            case FieldType.Number:
                return ParseInt(text, key, spec, at, diagnostics);
            case FieldType.Bool:
                if (bool.TryParse(text, out var flag) && !scalar.IsQuoted)
                {
                    return flag;
                }

                diagnostics.Report(DiagnosticCodes.WrongType, at, $"\"{key}\" must be `true` or `false` (without quotes), not \"{text}\".");
                return null;
            case FieldType.Choice:
                var choice = spec.Choices.FirstOrDefault(c => c == text);
                if (choice is not null)
                {
                    return choice;
                }

                var meant = spec.Hints.TryGetValue(text, out var hint) ? $" Did you mean \"{hint}\"?" : Suggestions.DidYouMean(text, spec.Choices);
                diagnostics.Report(DiagnosticCodes.InvalidChoice, at,
                    $"\"{text}\" is not allowed in \"{key}\".{meant} Allowed: {string.Join(", ", spec.Choices)}.");
                return null;
            case FieldType.LanguageList:
                if (IsoLanguages.IsValid(text))
                {
                    return text;
                }

                var language = IsoLanguages.IsValid(text.ToLowerInvariant()) ? $" Did you mean \"{text.ToLowerInvariant()}\"?" : "";
                diagnostics.Report(DiagnosticCodes.InvalidChoice, at,
                    $"\"{text}\" in \"{key}\" is not an ISO 639-1 language code.{language} "
                    + "Use two lower-case letters, e.g. en (English), fr (French), iu (Inuktitut), cr (Cree), oj (Ojibwe).");
                return null;
            case FieldType.TimeZone:
                return TimeZoneField.Read(text, key, at, diagnostics);
            default:
                return WrongType(scalar, key, spec, diagnostics);
        }
    }

    private static LocalDateTime? ParseLocalDateTime(string text, string key, SourcePosition at, DiagnosticBag diagnostics)
    {
        var parsed = MinutePattern.Parse(text);
        if (!parsed.Success)
        {
            parsed = SecondPattern.Parse(text);
        }

        if (parsed.Success)
        {
            return parsed.Value;
        }

        var hint = OffsetPattern().IsMatch(text)
            ? "remove the time zone offset: write the local wall-clock time and set `timeZone` if it is not the site's default"
            : "write year-month-day, a `T`, then the 24-hour time, e.g. `2023-12-05T19:00` for 7 PM";
        diagnostics.Report(DiagnosticCodes.InvalidDate, at, $"\"{text}\" in \"{key}\" is not a valid local date and time; {hint}.");
        return null;
    }

    private static int? ParseInt(string text, string key, FieldSpec spec, SourcePosition at, DiagnosticBag diagnostics)
    {
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            diagnostics.Report(DiagnosticCodes.WrongType, at, $"\"{key}\" must be a whole number, not \"{text}\".");
            return null;
        }

        if (number < spec.Min || number > spec.Max)
        {
            var range = spec.Max == int.MaxValue ? $"at least {spec.Min}" : $"between {spec.Min} and {spec.Max}";
            diagnostics.Report(DiagnosticCodes.OutOfRange, at, $"\"{key}\" is {number}; it must be {range}.");
            return null;
        }

        return number;
    }

    /// <summary>Warns when a <c> #</c> cut the value short: YAML took the rest of the line for a comment.</summary>
    private static void WarnIfCut(YamlScalar scalar, string key, DiagnosticBag diagnostics)
    {
        if (scalar.Comment is not { } comment || scalar.IsNull)
        {
            return;
        }

        var whole = $"{scalar.Value} {comment.Text}";
        var quoted = whole.Contains('"', StringComparison.Ordinal) ? "" : $": `{key}: \"{whole}\"`";
        diagnostics.Report(DiagnosticCodes.ValueCutByComment, comment.Position,
            $"\"{key}\" is read as \"{scalar.Value}\": YAML treats ` {comment.Text}` as a comment and drops it. "
            + $"If it is part of the value, put the whole value in double quotes{quoted}; if it is a note, move it to a line of its own.");
    }

    private static object? Empty(SourcePosition at, string key, DiagnosticBag diagnostics)
    {
        diagnostics.Report(DiagnosticCodes.EmptyValue, at, $"\"{key}\" is empty; give a value or remove the line.");
        return null;
    }

    private static object? WrongType(YamlValue value, string key, FieldSpec spec, DiagnosticBag diagnostics)
    {
        diagnostics.Report(DiagnosticCodes.WrongType, value.Position,
            $"\"{key}\" must be {Describe(spec.Type)}, not {value.Describe()}; write `{key}: {Example(spec)}`.");
        return null;
    }

    /// <summary>"Where they were checked." as "where they were checked", to sit inside a sentence's parentheses.</summary>
    private static string AsClause(string help)
    {
        var clause = help.TrimEnd('.');
        return clause.Length > 1 && char.IsUpper(clause[0]) && char.IsLower(clause[1]) ? char.ToLowerInvariant(clause[0]) + clause[1..] : clause;
    }

    private static string Describe(FieldType type) => type switch
    {
        FieldType.TextList or FieldType.SlugList or FieldType.ChoiceList or FieldType.LanguageList => "a list",
        FieldType.Number => "a whole number",
        FieldType.Bool => "true or false",
        _ => "a single value",
    };

    private static string Example(FieldSpec spec) => spec.Example.Length > 0 ? spec.Example : spec.Type switch
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

    [GeneratedRegex(@"(Z|[+-]\d\d:?\d\d)$")]
    private static partial Regex OffsetPattern();
}
