using System.Text.RegularExpressions;

namespace WellnessConnection.Content.Yaml;

/// <summary>
/// Turns a YAML syntax error into what an editor most likely did and how to fix it. YamlDotNet reports where
/// its reader got lost ("while scanning a plain scalar value, found invalid mapping"), which is often not where
/// the mistake is, so the lines themselves are read for the usual causes: a tab, an open quote or list, a line
/// indented by mistake, a missing space after the colon, and a value that needs quotes.
/// </summary>
public static partial class YamlSyntaxExplainer
{
    private const string SpecialStarts = "[{!|>@%'\"`,";

    /// <summary>Where to report the error (1-based, within the YAML text) and what to say.</summary>
    /// <param name="reason">YamlDotNet's own message, quoted at the end when nothing more precise is found.</param>
    public static (int Line, int Column, string Message) Explain(string yaml, int line, int column, string reason)
    {
        var lines = yaml.Split('\n');
        string At(int number) => number >= 1 && number <= lines.Length ? lines[number - 1] : "";

        // YamlDotNet places a tab error at the start of the enclosing mapping; editors need the tab's own line.
        if (FirstIndentingTab(lines) is var (tabLine, tabColumn))
        {
            return (
                tabLine,
                tabColumn,
                "the front matter is indented with a tab; YAML allows only spaces for indentation: replace each "
                    + "tab with two spaces."
            );
        }

        if (At(line).Count(c => c == '"') % 2 == 1)
        {
            return (line, column, "a quoted value is not closed: add the missing `\"` at the end of the value.");
        }

        if (UnclosedList(lines) is var (listLine, listColumn, open))
        {
            var close = open == '[' ? ']' : '}';
            return (
                listLine,
                listColumn,
                $"the list opened with `{open}` here is not closed: add `{close}` after its last item, e.g. "
                    + $"`topics: [sleep, self-care]`."
            );
        }

        if (MisIndented(lines) is { } indented)
        {
            return indented;
        }

        foreach (var candidate in new[] { line, line - 1 })
        {
            if (ExplainField(At(candidate), candidate, candidate == line ? column : 0) is { } explained)
            {
                return explained;
            }
        }

        var library = reason.Trim().TrimEnd('.');
        return (
            line,
            column,
            "the front matter cannot be read from here; check this line and the one before it. Each field is `key: "
                + "value` on a line "
                + "of its own, starting at the beginning of the line; a value containing `: ` or starting with a "
                + "special character such as `[`, `*` or `@` "
                + "must be in double quotes."
                + (library.Length > 0 ? $" (YAML: {char.ToLowerInvariant(library[0])}{library[1..]}.)" : "")
        );
    }

    /// <summary>The causes that show on a single <c>key: value</c> line.</summary>
    private static (int, int, string)? ExplainField(string text, int line, int errorColumn)
    {
        var field = Field().Match(text);
        if (!field.Success)
        {
            return null;
        }

        var key = field.Groups["key"].Value;
        var value = field.Groups["value"].Value.TrimEnd();
        var valueColumn = field.Groups["value"].Index + 1;
        if (field.Groups["space"].Length == 0 && value.Length > 0)
        {
            return (
                line,
                valueColumn,
                $"there is no space after the colon in `{key}:{value}`: write `{key}: {value}`."
            );
        }

        if (value.Contains(": ", StringComparison.Ordinal) || value.EndsWith(':'))
        {
            var colon = value.Contains(": ", StringComparison.Ordinal)
                ? "contains a colon followed by a space"
                : "ends with a colon";
            return (
                line,
                errorColumn > 0 ? errorColumn : valueColumn,
                $"the value of \"{key}\" {colon}, which YAML reads as the start of another field: put the whole "
                    + $"value in double quotes{Quoted(key, value)}."
            );
        }

        if (value.Length > 0 && SpecialStarts.Contains(value[0], StringComparison.Ordinal) && !IsList(value))
        {
            return (
                line,
                valueColumn,
                $"the value of \"{key}\" starts with `{value[0]}`, which has a special meaning in YAML: put the "
                    + $"whole value in double quotes{Quoted(key, value)}."
            );
        }

        return null;
    }

    /// <summary><c>: `key: "value"`</c>, unless the value has double quotes of its own (then only the advice about
    /// them).</summary>
    private static string Quoted(string key, string value) =>
        value.Contains('"', StringComparison.Ordinal)
            ? " and write the quotes inside it as “ ”"
            : $": `{key}: \"{value}\"`";

    private static bool IsList(string value) =>
        (value[0] == '[' && value.EndsWith(']')) || (value[0] == '{' && value.EndsWith('}'));

    /// <summary>
    /// A field indented by mistake, or a list item not lined up with the one above it. Fields never need indenting:
    /// they are single values or simple lists.
    /// </summary>
    private static (int, int, string)? MisIndented(string[] lines)
    {
        int? itemIndent = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i];
            var indent = text.Length - text.TrimStart(' ').Length;
            if (ListItem().IsMatch(text))
            {
                if (itemIndent is { } expected && indent != expected)
                {
                    return (
                        i + 1,
                        1,
                        $"this list item is indented by {Spaces(indent)}, the one above it by {Spaces(expected)}: "
                            + $"start every `- ` line of a list with the same number of spaces."
                    );
                }

                itemIndent ??= indent;
                continue;
            }

            itemIndent = null;
            if (indent > 0 && Field().Match(text) is { Success: true } field)
            {
                var key = field.Groups["key"].Value;
                return (
                    i + 1,
                    1,
                    $"\"{key}\" starts with {Spaces(indent)}: a field starts at the beginning of the line. "
                        + "Remove the spaces; if this line continues the value above, put that whole value on one "
                        + "line, in double quotes."
                );
            }
        }

        return null;
    }

    private static string Spaces(int count) => count == 1 ? "1 space" : $"{count} spaces";

    /// <summary>The <c>[</c> or <c>{</c> of a value that is still open when the next field starts, or at the
    /// end.</summary>
    private static (int, int, char)? UnclosedList(string[] lines)
    {
        var open = new Stack<(int Line, int Column, char Bracket)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i];
            if (open.Count > 0 && Field().Match(text) is { Success: true } field && field.Groups["indent"].Length == 0)
            {
                break;
            }

            var start = open.Count > 0 ? 0 : ValueStart(text);
            var quoted = false;
            for (var c = start; c >= 0 && c < text.Length; c++)
            {
                var ch = text[c];
                if (ch == '"')
                {
                    quoted = !quoted;
                }
                else if (quoted)
                {
                    continue;
                }
                else if (ch is '[' or '{' && (open.Count > 0 || c == start))
                {
                    open.Push((i + 1, c + 1, ch));
                }
                else if (ch is ']' or '}' && open.Count > 0)
                {
                    open.Pop();
                }
                else if (ch == '#' && c > 0 && text[c - 1] == ' ')
                {
                    break;
                }
            }
        }

        return open.Count > 0 ? open.Last() : null;
    }

    /// <summary>Where the value of a <c>key: value</c> or <c>- item</c> line starts, or -1.</summary>
    private static int ValueStart(string text)
    {
        var field = Field().Match(text);
        if (field.Success)
        {
            return field.Groups["value"].Index;
        }

        var item = ListItem().Match(text);
        return item.Success ? item.Length : -1;
    }

    /// <summary>The 1-based line and column of the first tab used for indentation, if any.</summary>
    private static (int Line, int Column)? FirstIndentingTab(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var indentation =
                lines[i].TrimEnd().Length > 0 ? lines[i][..(lines[i].Length - lines[i].TrimStart().Length)] : "";
            if (indentation.IndexOf('\t', StringComparison.Ordinal) is var tab and >= 0)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<indent> *)(?<key>[A-Za-z][\w-]*):(?<space>[ ]*)(?<value>.*)$")]
    private static partial Regex Field();

    [GeneratedRegex(@"^ *- ")]
    private static partial Regex ListItem();
}
