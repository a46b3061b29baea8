using CsCheck;

namespace WellnessConnection.Tests.Properties;

/// <summary>
/// Random GraphQL requests, many of them valid (the server's real fields, arguments and filter inputs), the rest
/// hostile: nesting, aliases, directives, fragments spreading fragments (cycles included), variables of the wrong
/// type, long lists in filters, odd Unicode and stray bytes.
/// </summary>
public static class GraphQLDocumentGen
{
    private static readonly string[] ListFields =
    [
        "sessions",
        "upcomingSessions",
        "allSeries",
        "topics",
        "facilitators",
        "resources",
        "pages",
    ];

    /// <summary>Fields every node type has, and a few no type has (the validator's to refuse).</summary>
    private static readonly Gen<string> NodeField = Gen.Frequency(
        (40, Gen.OneOf("slug", "id", "__typename")),
        (1, Gen.Const("nope"))
    );

    /// <summary>Query's own leaves, and one it lacks.</summary>
    private static readonly Gen<string> RootLeaf = Gen.Frequency(
        (40, Gen.OneOf("contentVersion", "timeZoneDatabase", "__typename")),
        (1, Gen.Const("nope"))
    );

    private static readonly string[] OddText =
    [
        "",
        "é",
        "\u202Eevil",
        "\uD83D\uDE00",
        "\u0000",
        "\uFFFE",
        "a\"b",
        "\\",
        "${x}",
        "<script>",
        "' OR 1=1 --",
        "%ff",
        "\t\n",
        new string('x', 2000),
    ];

    public static readonly Gen<string> Text = Gen.Frequency(
        (5, Gen.OneOf(OddText)),
        (3, Gen.String[0, 40]),
        (1, Gen.Char.Array[0, 20].Select(c => new string(c)))
    );

    private static readonly Gen<string> Directive = Gen.Frequency(
        (40, Gen.OneOf("", "", "", " @include(if: true)", " @skip(if: $flag)", " @skip(if: false) @include(if: true)")),
        (1, Gen.OneOf(" @unknown", " @include(if: \"x\")"))
    );

    /// <summary>A list's size in a filter: mostly what a front end sends, now and then far more.</summary>
    private static readonly Gen<int> ListSize = Gen.Frequency((8, Gen.Int[0, 20]), (1, Gen.Int[100, 400]));

    /// <summary>Text inside the document: mostly plain, now and then what GraphQL strings cannot hold.</summary>
    private static readonly Gen<string> DocumentText = Gen.Frequency(
        (30, Gen.Char['a', 'z'].Array[0, 12].Select(c => new string(c))),
        (1, Text)
    );

    private static readonly Gen<string> Where = Gen.Frequency(
        (3, Gen.Const("")),
        (2, DocumentText.Select(t => $"where: {{ slug: {{ contains: {Quoted(t)} }} }}")),
        (
            2,
            ListSize.Select(n =>
                $"where: {{ slug: {{ in: [{string.Join(", ", Enumerable.Range(0, n).Select(i => $"\"s{i}\""))}] }} }}"
            )
        ),
        (
            2,
            ListSize.Select(n =>
                $"where: {{ or: "
                + $"[{string.Join(", ", Enumerable.Range(0, n).Select(i => $"{{ slug: {{ eq: \"s{i}\" }} }}"))}] }}"
            )
        ),
        (
            1,
            Gen.Int[1, 40]
                .Select(n =>
                    $"where: {string.Concat(Enumerable.Repeat("{ and: [", n))}{{ slug: {{ neq: \"x\" }} }}"
                    + string.Concat(Enumerable.Repeat("] }", n))
                )
        ),
        (1, Gen.Const("where: $where"))
    );

    private static readonly Gen<string> Arguments = Gen.Select(
        Where,
        Gen.Frequency(
            (3, Gen.Const("")),
            (2, Gen.Frequency((8, Gen.Int[1, 50]), (1, Gen.Int[-5, 300])).Select(n => $"first: {n}")),
            (1, Gen.Const("first: $first"))
        ),
        Gen.Frequency((40, Gen.OneOf("", "", "locale: FR")), (1, Gen.OneOf("locale: XX", "after: \"bm9wZQ==\""))),
        (where, first, other) => string.Join(", ", new[] { where, first, other }.Where(a => a.Length > 0))
    );

    /// <summary>A node's selection: its fields, aliased or not, under directives.</summary>
    private static readonly Gen<string> NodeSelection = Gen.Select(
            NodeField,
            Gen.Int[0, 3],
            Directive,
            (name, alias, directive) => (alias == 0 ? $"a{alias}{name}: " : "") + name + directive
        )
        .Array[1, 4]
        .Select(parts => string.Join(' ', parts));

    /// <summary>A selection on Query: leaves, lists of nodes, inline fragments and spreads of the fragments
    /// F0..F(n-1).</summary>
    private static Gen<string> RootSelection(int fragments)
    {
        var choices = new List<(int, IGen<string>)>
        {
            (3, Gen.Select(RootLeaf, Directive, (name, directive) => name + directive)),
            // Aliased apart, as a front end asking one list twice would: the same name with other arguments is invalid.
            (
                4,
                Gen.Select(
                    Gen.OneOf(ListFields),
                    Arguments,
                    NodeSelection,
                    Gen.Int[0, 1_000_000],
                    (field, args, inner, alias) =>
                        $"l{alias}: {field}{(args.Length > 0 ? $"({args})" : "")} {{ nodes {{ {inner} }} totalCount }}"
                )
            ),
            (1, Gen.Const("... on Query { contentVersion }")),
        };
        if (fragments > 0)
        {
            choices.Add((2, Gen.Int[0, fragments - 1].Select(i => $"...F{i}")));
        }

        return Gen.Frequency([.. choices]).Array[1, 4].Select(parts => string.Join(' ', parts));
    }

    /// <summary>Variables: none, of the declared types, of the wrong types, or a filter far larger than a document
    /// could hold.</summary>
    private static readonly Gen<object?> Variables = Gen.Frequency(
        (4, Gen.Const<object?>(() => null)),
        (1, Gen.Int[-10, 500].Select(n => (object?)new { first = n, flag = true })),
        (1, Text.Select(t => (object?)new { first = t, where = new { title = new { eq = t } } })),
        (
            1,
            Gen.Int[0, 1500]
                .Select(n =>
                    (object?)
                        new
                        {
                            where = new
                            {
                                or = Enumerable.Range(0, n).Select(i => new { slug = new { eq = $"s{i}" } }).ToArray(),
                            },
                        }
                )
        )
    );

    /// <summary>A whole request body: document, and sometimes variables (of the right type or not).</summary>
    public static readonly Gen<GeneratedRequest> Request = Gen.Int[0, 6]
        .SelectMany(fragmentCount =>
            Gen.Select(
                RootSelection(fragmentCount),
                // Fragment i spreads only earlier ones: no cycle, but chains of spreads of spreads.
                Gen.Const(() => 0)
                    .SelectMany(_ =>
                        fragmentCount == 0
                            ? Gen.Const(Array.Empty<string>())
                            : Enumerable
                                .Range(0, fragmentCount)
                                .Select(RootSelection)
                                .Aggregate(Gen.Const(Array.Empty<string>()), (all, next) =>
                                    Gen.Select(all, next, (a, n) => (string[])[.. a, n])
                                )
                    ),
                Gen.Frequency((6, Gen.Const("Int")), (1, Gen.Const("String"))),
                Variables,
                Gen.Int[0, 12],
                (operation, fragments, firstType, variables, noise) =>
                {
                    // Every fragment is spread from the operation, so that none is unused; they may spread each other
                    // too.
                    var spreads = string.Concat(Enumerable.Range(0, fragmentCount).Select(i => $" ...F{i}"));
                    var body =
                        $"{{ {operation}{spreads} }} "
                        + string.Join(
                            ' ',
                            fragments.Select((selection, i) => $"fragment F{i} on Query {{ {selection} }}")
                        );
                    var document = Header(body, firstType) + body;
                    // Now and then, a document cut short, with a stray brace, or with characters no document holds.
                    document = noise switch
                    {
                        0 => document[..(document.Length / 2)],
                        1 => document.Insert(document.Length / 3, "}"),
                        2 => document.Insert(document.Length / 2, "\uD800\u0001"),
                        3 => document + " fragment Cycle on Query { ...Cycle contentVersion }",
                        _ => document,
                    };
                    // Now and then, the body itself is broken: an escaped lone surrogate, or bytes that are not UTF-8.
                    var json = System.Text.Json.JsonSerializer.Serialize(new { query = document, variables });
                    byte[]? raw = noise switch
                    {
                        4 => System.Text.Encoding.UTF8.GetBytes(
                            json.Replace("query\":\"", "query\":\"\\ud800", StringComparison.Ordinal)
                        ),
                        5 =>
                        [
                            .. System.Text.Encoding.UTF8.GetBytes(json[..(json.Length - 2)]),
                            0xC0,
                            0xAF,
                            (byte)'"',
                            (byte)'}',
                        ],
                        _ => null,
                    };
                    return new GeneratedRequest(document, variables, raw);
                }
            )
        );

    /// <summary>The operation's header, declaring exactly the variables the body uses (an unused one is
    /// invalid).</summary>
    private static string Header(string body, string firstType)
    {
        var declared = new (string Name, string Type)[]
        {
            ("first", firstType),
            ("flag", "Boolean = false"),
            ("where", "SessionFilterInput"),
        }
            .Where(v => body.Contains("$" + v.Name, StringComparison.Ordinal))
            .Select(v => $"${v.Name}: {v.Type}")
            .ToList();
        return declared.Count == 0 ? "query " : $"query Q({string.Join(", ", declared)}) ";
    }

    private static string Quoted(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
