using WellnessConnection.Content.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace WellnessConnection.Content.Yaml;

/// <summary>
/// Reads a front matter block into <see cref="YamlValue"/> nodes from YamlDotNet's event stream.
/// Working on events (no recursion, no object graph) keeps hostile input cheap: aliases are refused
/// before anything is expanded, and nesting and size are bounded.
/// </summary>
public static class YamlReader
{
    private const int MaxDepth = 8;
    private const int MaxNodes = 10_000;

    /// <summary>Parses <paramref name="yaml"/>; <paramref name="firstLine"/> is the file line of its first line.</summary>
    public static YamlMapping? ReadMapping(string yaml, string path, int firstLine, DiagnosticBag diagnostics)
    {
        try
        {
            var root = Build(new Parser(new StringReader(yaml)), path, firstLine, diagnostics);
            switch (root)
            {
                case null:
                    return diagnostics.HasErrorsFor(path) ? null : new YamlMapping(new SourcePosition(path, firstLine, 1), []);
                case YamlMapping mapping:
                    return mapping;
                default:
                    diagnostics.Report(DiagnosticCodes.NotAMapping, root.Position,
                        "the front matter must be `key: value` lines, for example `title: Sleep`; found " + root.Describe() + ".");
                    return null;
            }
        }
        catch (YamlException e)
        {
            var line = e.Start.Line > 0 ? (int)e.Start.Line : 1;
            var column = e.Start.Column > 0 ? (int)e.Start.Column : 1;
            var message = Explain(e, yaml, line);

            // YamlDotNet places a tab error at the start of the enclosing mapping; editors need the tab's own line.
            if (FirstIndentingTab(yaml) is (int tabLine, int tabColumn))
            {
                (line, column) = (tabLine, tabColumn);
            }

            diagnostics.Report(DiagnosticCodes.YamlSyntax, new SourcePosition(path, firstLine + line - 1, column), message);
            return null;
        }
    }

    private static YamlValue? Build(Parser parser, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var stack = new Stack<Frame>();
        YamlValue? root = null;
        var nodes = 0;

        while (parser.MoveNext())
        {
            var current = parser.Current!;
            if (current is DocumentEnd && root is not null)
            {
                break;
            }

            var position = Position(current.Start, path, firstLine);
            if (current is NodeEvent { Anchor.IsEmpty: false } or AnchorAlias)
            {
                diagnostics.Report(DiagnosticCodes.YamlAlias, position,
                    "anchors (`&name`) and aliases (`*name`) are not allowed; write the value out in full.");
                return null;
            }

            if (++nodes > MaxNodes || stack.Count > MaxDepth)
            {
                diagnostics.Report(DiagnosticCodes.YamlTooComplex, position,
                    $"the front matter is nested more than {MaxDepth} levels deep or has more than {MaxNodes} values; fields are single values or simple lists.");
                return null;
            }

            YamlValue? completed = null;
            switch (current)
            {
                case Scalar scalar:
                    completed = new YamlScalar(position, scalar.Value, scalar.Style is not ScalarStyle.Plain);
                    break;
                case SequenceStart:
                    stack.Push(new Frame(position, IsMapping: false));
                    break;
                case MappingStart:
                    stack.Push(new Frame(position, IsMapping: true));
                    break;
                case SequenceEnd or MappingEnd:
                    completed = stack.Pop().ToValue();
                    break;
            }

            if (completed is null)
            {
                continue;
            }

            if (stack.Count == 0)
            {
                root = completed;
            }
            else if (!stack.Peek().Add(completed, diagnostics))
            {
                return null;
            }
        }

        return root;
    }

    private static SourcePosition Position(Mark mark, string path, int firstLine) =>
        new(path, firstLine + Math.Max(1, (int)mark.Line) - 1, Math.Max(1, (int)mark.Column));

    private static string Explain(YamlException e, string yaml, int line)
    {
        var lines = yaml.Split('\n');
        var text = line - 1 < lines.Length ? lines[line - 1] : "";
        if (FirstIndentingTab(yaml) is not null)
        {
            return "the front matter is indented with a tab; YAML allows only spaces for indentation: replace each tab with two spaces.";
        }

        if (text.Count(c => c == '"') % 2 == 1)
        {
            return "a quoted value is not closed: add the missing `\"` at the end of the value.";
        }

        var reason = e.Message.TrimEnd('.');
        return $"{char.ToLowerInvariant(reason[0])}{reason[1..]}. Check this line and the one before it: each field is `key: value`, "
            + "a value containing `: ` or starting with a special character must be in double quotes.";
    }

    /// <summary>The 1-based line and column of the first tab used for indentation, if any.</summary>
    private static (int Line, int Column)? FirstIndentingTab(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indentation = lines[i].TrimEnd().Length > 0 ? lines[i][..(lines[i].Length - lines[i].TrimStart().Length)] : "";
            if (indentation.IndexOf('\t', StringComparison.Ordinal) is var tab and >= 0)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    /// <summary>A mapping or sequence being filled; a mapping alternates keys and values.</summary>
    private sealed class Frame(SourcePosition position, bool IsMapping)
    {
        private readonly List<YamlEntry> entries = [];
        private readonly List<YamlValue> items = [];
        private YamlScalar? pendingKey;

        public bool Add(YamlValue value, DiagnosticBag diagnostics)
        {
            if (!IsMapping)
            {
                items.Add(value);
                return true;
            }

            if (pendingKey is not null)
            {
                entries.Add(new YamlEntry(pendingKey.Value, pendingKey.Position, value));
                pendingKey = null;
                return true;
            }

            if (value is YamlScalar key)
            {
                pendingKey = key;
                return true;
            }

            diagnostics.Report(DiagnosticCodes.NotAMapping, value.Position, "a key must be a plain word such as `title`, not " + value.Describe() + ".");
            return false;
        }

        public YamlValue ToValue() => IsMapping ? new YamlMapping(position, entries) : new YamlSequence(position, items);
    }
}
