using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Yaml;

namespace WellnessConnection.Content.Schema;

/// <summary>
/// Checks front matter entries against a <see cref="DocumentSchema"/> and converts them to typed values,
/// reporting every unknown key, missing field and bad value with the line of its key. Each kind of value is read by
/// its own class (<see cref="TextField"/>, <see cref="WebField"/>, <see cref="DateTimeField"/>, <see
/// cref="ValueField"/>,
/// <see cref="TimeZoneField"/>); lists are read here, item by item.
/// </summary>
public static class FieldReader
{
    /// <param name="entries">The fields, possibly merged from an original and its translation.</param>
    /// <param name="origin">Where a missing field is reported: the start of the original file.</param>
    public static FieldValues Read(
        IEnumerable<YamlEntry> entries,
        DocumentSchema schema,
        SourcePosition origin,
        DiagnosticBag diagnostics
    )
    {
        var values = new FieldValues();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var spec = schema.Find(entry.Key);
            if (spec is null)
            {
                diagnostics.Report(
                    DiagnosticCodes.UnknownKey,
                    entry.KeyPosition,
                    $"unknown key "
                        + $"\"{entry.Key}\".{Suggestions.DidYouMean(entry.Key, schema.Fields.Select(f => f.Name))} "
                        + $"Allowed keys: {string.Join(", ", schema.Fields.Select(f => f.Name))}."
                );
                continue;
            }

            values.MarkWritten(entry.Key);
            if (!seen.Add(entry.Key))
            {
                diagnostics.Report(
                    DiagnosticCodes.DuplicateKey,
                    entry.KeyPosition,
                    $"\"{entry.Key}\" is set twice; keep one of the two lines."
                );
                continue;
            }

            if (entry.Value is YamlScalar { IsNull: true } empty)
            {
                diagnostics.Report(
                    DiagnosticCodes.EmptyValue,
                    entry.KeyPosition,
                    empty.Comment is { } comment
                        ? $"\"{entry.Key}\" has no value: YAML reads everything from `#` to the end of the line as "
                            + $"a comment. If `{comment.Text}` is the value, put it in double quotes: "
                            + $"`{entry.Key}: \"{comment.Text}\"`."
                        : $"\"{entry.Key}\" has no value; give one after the colon or remove the line."
                );
                continue;
            }

            if (Convert(entry, spec, diagnostics) is { } value)
            {
                values.Set(spec.Name, value, entry.KeyPosition);
            }
        }

        foreach (var spec in schema.Fields.Where(f => f.Required && !seen.Contains(f.Name)))
        {
            diagnostics.Report(
                DiagnosticCodes.MissingField,
                origin,
                $"the required field \"{spec.Name}\" is missing; add a line `{spec.Name}: ...` to the front matter "
                    + $"({FieldMessages.AsClause(spec.Help)})."
            );
        }

        return values;
    }

    private static object? Convert(YamlEntry entry, FieldSpec spec, DiagnosticBag diagnostics) =>
        spec.Type switch
        {
            FieldType.TextList or FieldType.SlugList or FieldType.ChoiceList or FieldType.LanguageList => ConvertList(
                entry,
                spec,
                diagnostics
            ),
            _ when entry.Value is YamlScalar scalar => ConvertScalar(scalar, entry.Key, spec, diagnostics),
            _ => FieldMessages.WrongType(entry.Value, entry.Key, spec, diagnostics),
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
            return (IReadOnlyList<string>?)FieldMessages.WrongType(entry.Value, entry.Key, spec, diagnostics);
        }

        if (items.Count == 0)
        {
            diagnostics.Report(
                DiagnosticCodes.EmptyValue,
                entry.KeyPosition,
                $"\"{entry.Key}\" is an empty list; give at least one value, e.g. `{entry.Key}: "
                    + $"[{FieldMessages.Example(spec)}]`{(spec.Required ? "" : ", or remove the line")}."
            );
            return null;
        }

        var result = new List<string>();
        var valid = true;
        foreach (var item in items)
        {
            if (item is not YamlScalar { IsNull: false } scalar)
            {
                diagnostics.Report(
                    DiagnosticCodes.WrongType,
                    item.Position,
                    $"each item of \"{entry.Key}\" must be a single value, not {item.Describe()}; write "
                        + $"`{entry.Key}: [{FieldMessages.Example(spec)}]`."
                );
                valid = false;
                continue;
            }

            var itemSpec = spec with
            {
                Type = spec.Type switch
                {
                    FieldType.SlugList => FieldType.Slug,
                    FieldType.ChoiceList => FieldType.Choice,
                    FieldType.LanguageList => FieldType.LanguageList,
                    _ => FieldType.Text,
                },
            };
            if (ConvertScalar(scalar, entry.Key, itemSpec, diagnostics) is string text)
            {
                if (result.Contains(text, StringComparer.Ordinal))
                {
                    diagnostics.Report(
                        DiagnosticCodes.DuplicateKey,
                        scalar.Position,
                        $"\"{text}\" appears twice in \"{entry.Key}\"; remove one."
                    );
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
            diagnostics.Report(
                DiagnosticCodes.ForbiddenCharacter,
                at,
                $"the value of \"{key}\" contains {TextCharacters.Describe(scalar.Value, refused)}; remove it (it "
                    + $"is often pasted in unseen, or written as an escape like \\u0001)."
            );
            return null;
        }

        return spec.Type switch
        {
            FieldType.Text => TextField.Read(scalar, text, key, diagnostics),
            FieldType.Slug => WebField.Slug(text, key, at, diagnostics),
            FieldType.Url => WebField.Url(text, key, at, diagnostics),
            FieldType.LocalDateTime => DateTimeField.LocalDateTime(text, key, at, diagnostics),
            FieldType.Date => DateTimeField.Date(text, key, at, diagnostics),
            FieldType.Number => ValueField.Number(text, key, spec, at, diagnostics),
            FieldType.Bool => ValueField.Flag(scalar, text, key, diagnostics),
            FieldType.Choice => ValueField.Choice(text, key, spec, at, diagnostics),
            FieldType.LanguageList => ValueField.Language(text, key, at, diagnostics),
            FieldType.TimeZone => TimeZoneField.Read(text, key, at, diagnostics),
            _ => FieldMessages.WrongType(scalar, key, spec, diagnostics),
        };
    }
}
