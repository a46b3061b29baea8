using System.Globalization;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Yaml;

namespace WellnessConnection.Content.Schema;

/// <summary>Numbers, flags and values from a fixed vocabulary (<see cref="FieldType.Number"/>, <see
/// cref="FieldType.Bool"/>, <see cref="FieldType.Choice"/>, languages).</summary>
public static class ValueField
{
    public static int? Number(string text, string key, FieldSpec spec, SourcePosition at, DiagnosticBag diagnostics)
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

    public static bool? Flag(YamlScalar scalar, string text, string key, DiagnosticBag diagnostics)
    {
        if (bool.TryParse(text, out var flag) && !scalar.IsQuoted)
        {
            return flag;
        }

        diagnostics.Report(
            DiagnosticCodes.WrongType,
            scalar.Position,
            $"\"{key}\" must be `true` or `false` (without quotes), not \"{text}\"."
        );
        return null;
    }

    public static string? Choice(string text, string key, FieldSpec spec, SourcePosition at, DiagnosticBag diagnostics)
    {
        var choice = spec.Choices.FirstOrDefault(c => c == text);
        if (choice is not null)
        {
            return choice;
        }

        var meant = spec.Hints.TryGetValue(text, out var hint)
            ? $" Did you mean \"{hint}\"?"
            : Suggestions.DidYouMean(text, spec.Choices);
        diagnostics.Report(
            DiagnosticCodes.InvalidChoice,
            at,
            $"\"{text}\" is not allowed in \"{key}\".{meant} Allowed: {string.Join(", ", spec.Choices)}."
        );
        return null;
    }

    public static string? Language(string text, string key, SourcePosition at, DiagnosticBag diagnostics)
    {
        if (IsoLanguages.IsValid(text))
        {
            return text;
        }

        var language = IsoLanguages.IsValid(text.ToLowerInvariant())
            ? $" Did you mean \"{text.ToLowerInvariant()}\"?"
            : "";
        diagnostics.Report(
            DiagnosticCodes.InvalidChoice,
            at,
            $"\"{text}\" in \"{key}\" is not an ISO 639-1 language code.{language} "
                + "Use two lower-case letters, e.g. en (English), fr (French), iu (Inuktitut), cr (Cree), oj (Ojibwe)."
        );
        return null;
    }
}
