using System.Text.RegularExpressions;
using WellnessConnection.Content.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace WellnessConnection.Content.Yaml;

/// <summary>
/// Reads a front matter block into <see cref="YamlValue"/> nodes from YamlDotNet's event stream.
/// Working on events (no recursion, no object graph) keeps hostile input cheap: aliases are refused
/// before anything is expanded, and nesting and size are bounded.
/// </summary>
public static partial class YamlReader
{
    private const int MaxDepth = 8;
    private const int MaxNodes = 10_000;

    /// <summary>Parses <paramref name="yaml"/>; <paramref name="firstLine"/> is the file line of its first
    /// line.</summary>
    public static YamlMapping? ReadMapping(string yaml, string path, int firstLine, DiagnosticBag diagnostics)
    {
        try
        {
            var root = Build(new Parser(new StringReader(yaml)), yaml.Split('\n'), path, firstLine, diagnostics);
            switch (root)
            {
                case null:
                    return diagnostics.HasErrorsFor(path)
                        ? null
                        : new YamlMapping(new SourcePosition(path, firstLine, 1), []);
                case YamlMapping mapping:
                    return mapping;
                default:
                    var missingSpace =
                        root is YamlScalar { IsQuoted: false } scalar
                        && NoSpaceAfterColon().Match(scalar.Value) is { Success: true } field
                            ? $": put a space after the colon, `{field.Groups[1].Value}: {field.Groups[2].Value}`"
                            : "";
                    diagnostics.Report(
                        DiagnosticCodes.NotAMapping,
                        root.Position,
                        "the front matter must be `key: value` lines, for example `title: Sleep`; found "
                            + root.Describe()
                            + missingSpace
                            + "."
                    );
                    return null;
            }
        }
        catch (YamlException e)
        {
            var (line, column, message) = YamlSyntaxExplainer.Explain(
                yaml,
                Math.Max(1, (int)e.Start.Line),
                Math.Max(1, (int)e.Start.Column),
                e.Message
            );
            diagnostics.Report(
                DiagnosticCodes.YamlSyntax,
                new SourcePosition(path, firstLine + line - 1, column),
                message
            );
            return null;
        }
    }

    private static YamlValue? Build(
        Parser parser,
        string[] lines,
        string path,
        int firstLine,
        DiagnosticBag diagnostics
    )
    {
        var stack = new Stack<Frame>();
        YamlValue? root = null;
        var nodes = 0;

        while (MoveNext(parser))
        {
            var current = parser.Current!;
            if (current is DocumentEnd && root is not null)
            {
                break;
            }

            var position = Position(current.Start, path, firstLine);
            if (current is NodeEvent { Anchor.IsEmpty: false } or AnchorAlias)
            {
                diagnostics.Report(
                    DiagnosticCodes.YamlAlias,
                    position,
                    "anchors (`&name`) and aliases (`*name`) are not allowed; write the value out in full. "
                        + AliasHint(LineAt(lines, current.Start))
                );
                return null;
            }

            if (++nodes > MaxNodes || stack.Count > MaxDepth)
            {
                diagnostics.Report(
                    DiagnosticCodes.YamlTooComplex,
                    position,
                    $"the front matter is nested more than {MaxDepth} levels deep or has more than {MaxNodes} "
                        + $"values; fields are single values or simple lists."
                );
                return null;
            }

            YamlValue? completed = null;
            switch (current)
            {
                case Scalar scalar:
                    completed = new YamlScalar(position, scalar.Value, scalar.Style is not ScalarStyle.Plain)
                    {
                        Comment =
                            scalar.Style is ScalarStyle.Plain ? CommentAfter(scalar.End, lines, path, firstLine) : null,
                    };
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

    /// <summary>YamlDotNet 18 fails with this, not a <see cref="YamlException"/>, on a list left open before the next
    /// field.</summary>
    private static bool MoveNext(Parser parser)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (InvalidOperationException e)
        {
            throw new YamlException("the YAML reader stopped", e);
        }
    }

    private static string LineAt(string[] lines, Mark mark) =>
        mark.Line >= 1 && mark.Line <= lines.Length ? lines[mark.Line - 1] : "";

    /// <summary>The <c># ...</c> that follows a plain value on its last line, which YAML silently dropped.</summary>
    private static YamlComment? CommentAfter(Mark end, string[] lines, string path, int firstLine)
    {
        var line = LineAt(lines, end);
        var from = Math.Clamp((int)end.Column - 1, 0, line.Length);
        var match = TrailingComment().Match(line, from);
        return match.Success
            ? new YamlComment(
                new SourcePosition(path, firstLine + (int)end.Line - 1, match.Groups[1].Index + 1),
                match.Groups[1].Value.TrimEnd()
            )
            : null;
    }

    /// <summary>Most anchors and aliases are titles meant to start with <c>*</c> (emphasis) or <c>&amp;</c>.</summary>
    private static string AliasHint(string line)
    {
        var field = AliasedField().Match(line);
        var example =
            field.Success && !field.Groups[2].Value.Contains('"', StringComparison.Ordinal)
                ? $"`{field.Groups[1].Value}: \"{field.Groups[2].Value.TrimEnd()}\"`"
                : "`title: \"*New* session\"`";
        return $"If you meant text starting with * or &, put the value in double quotes: {example}.";
    }

    [GeneratedRegex(@"^([A-Za-z][\w-]*):(\S.*)$")]
    private static partial Regex NoSpaceAfterColon();

    [GeneratedRegex(@"\G[ \t]+(#.*)$")]
    private static partial Regex TrailingComment();

    [GeneratedRegex(@"^\s*(?:-\s+)?([A-Za-z][\w-]*):\s+([*&].*)$")]
    private static partial Regex AliasedField();

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

            diagnostics.Report(
                DiagnosticCodes.NotAMapping,
                value.Position,
                "a key must be a plain word such as `title`, not " + value.Describe() + "."
            );
            return false;
        }

        public YamlValue ToValue() =>
            IsMapping ? new YamlMapping(position, entries) : new YamlSequence(position, items);
    }
}
