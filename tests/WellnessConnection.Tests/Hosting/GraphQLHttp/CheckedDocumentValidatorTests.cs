using System.Collections;
using System.Globalization;
using System.Text.Json;
using CsCheck;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.Hosting.GraphQLHttp;
using WellnessConnection.Tests.GraphQL;
using WellnessConnection.Tests.Properties;

namespace WellnessConnection.Tests.Hosting.GraphQLHttp;

/// <summary>
/// <see cref="CheckedDocumentValidator"/> against GraphQL.NET's <see cref="DocumentValidator"/>, both with no rule
/// to run (a document validated before): over documents with variables in every place an argument can read one
/// (fields, input objects, lists, directives on fields, fragments and spreads, defaults, introspection) and generated
/// variables, right and wrong, every variable, argument and directive value and every error must be the same. The
/// checked validator is asked three times per sample: first walks, then reuses what it found.
/// </summary>
public sealed class CheckedDocumentValidatorTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private static readonly string[] Wrong =
    [
        "null",
        "\"sleep\"",
        "5",
        "-1",
        "2.5",
        "99999999999999999999",
        "true",
        "\"XX\"",
        "[]",
        "[\"a\", null]",
        "{}",
        "{\"bogus\": 1}",
        "\"not a date\"",
    ];

    /// <summary>Each document with, for each variable it declares, values of its type (and a few wrong ones).</summary>
    private static readonly (string Text, Dictionary<string, string[]> Values)[] Documents =
    [
        (
            """
            query Page($slug: String!, $locale: Locale! = EN, $zone: String) {
              session(slug: $slug, locale: $locale) { slug title displayTime(timeZone: $zone, locale: $locale) }
            }
            """,
            new()
            {
                ["slug"] = ["\"sleep-part-1\"", "\"no-such\""],
                ["locale"] = ["\"EN\"", "\"FR\""],
                ["zone"] = ["\"America/St_Johns\"", "\"America/Vancouver\""],
            }
        ),
        (
            """
            query List($first: Int = 5, $topic: String, $after: String, $from: DateTime,
                $order: [SessionSortInput!], $withBody: Boolean! = false, $skipTopics: Boolean = true) {
              sessions(first: $first, after: $after, order: $order,
                  where: { startsAt: { gte: $from }, topics: { some: { slug: { eq: $topic } } } }) {
                nodes {
                  slug body @include(if: $withBody) { html excerpt(length: $first) }
                  topics @skip(if: $skipTopics) { slug }
                }
              }
            }
            """,
            new()
            {
                ["first"] = ["2", "0", "100"],
                ["topic"] = ["\"sleep\""],
                ["after"] = ["\"MQ==\""],
                ["from"] = ["\"2026-11-01T02:00:00Z\"", "\"2026-11-01T02:00:00-07:00\""],
                ["order"] = ["[{\"startsAt\": \"DESC\"}, {\"title\": \"ASC\"}]", "{\"startsAt\": \"ASC\"}"],
                ["withBody"] = ["true", "false"],
                ["skipTopics"] = ["true", "false"],
            }
        ),
        (
            """
            query Fragments($where: SessionFilterInput, $first: Int, $n: Int, $show: Boolean!) {
              a: sessions(first: $first, where: $where) { ...Connection }
              b: upcomingSessions(first: $n, where: { or: [$where, { part: { eq: $n } }] }) {
                ...Connection @include(if: $show)
              }
            }
            fragment Connection on SessionConnection { nodes { ...Node } pageInfo { hasNextPage } }
            fragment Node on Session {
              slug topics { sessions(first: $n) { nodes { slug } } } ... on Session @skip(if: $show) { title }
            }
            """,
            new()
            {
                ["where"] =
                [
                    "{\"slug\": {\"eq\": \"x\"}}",
                    "{\"and\": [{\"status\": {\"eq\": \"CANCELLED\"}}, "
                        + "{\"audience\": {\"some\": {\"eq\": \"RESIDENTS\"}}}]}",
                    "{\"slug\": {\"eq\": \"x\"}, \"bogus\": 1}",
                ],
                ["first"] = ["3"],
                ["n"] = ["1", "20"],
                ["show"] = ["true", "false"],
            }
        ),
        (
            """
            query Search($text: String!, $first: Int, $topics: [String!], $language: Locale, $typename: Boolean!) {
              searchResults(query: $text, first: $first, topics: $topics, language: $language) {
                nodes { score node { __typename @include(if: $typename) ... on Session { slug } ...Topic } }
              }
              search(query: $text) { snippet }
            }
            fragment Topic on Topic { slug }
            """,
            new()
            {
                ["text"] = ["\"sleep\"", "\"soins\""],
                ["first"] = ["10"],
                ["topics"] = ["[\"sleep\", \"burnout\"]", "\"sleep\""],
                ["language"] = ["\"FR\""],
                ["typename"] = ["true"],
            }
        ),
        (
            """
            query Nodes($ids: [ID!]!, $id: ID!) { node(id: $id) { id } nodes(ids: $ids) { id } }
            """,
            new() { ["ids"] = ["[\"U2Vzc2lvbjphYmM=\", \"x\"]", "\"x\""], ["id"] = ["\"U2Vzc2lvbjphYmM=\"", "7"] }
        ),
        (
            """
            query Introspection($name: String!, $deprecated: Boolean = false) {
              __type(name: $name) { name fields(includeDeprecated: $deprecated) { name } } __typename
            }
            """,
            new() { ["name"] = ["\"Session\"", "\"Nope\""], ["deprecated"] = ["true"] }
        ),
        // Two that no rule would let through: an unknown variable type, and an unknown argument beside a directive.
        (
            "# invalid\nquery Unknown($x: Nope, $y: Int!) @include(if: $y) { contentVersion }",
            new() { ["x"] = [], ["y"] = ["1"] }
        ),
        (
            "# invalid\nquery Odd($a: Boolean!) { contentVersion(bogus: 1) @include(if: $a) }",
            new() { ["a"] = ["true"] }
        ),
        ("{ sessions(first: 2) { nodes { slug } } contentVersion }", new()),
        ("{ contentVersion }", new()),
    ];

    private readonly ISchema schema = factory.Services.GetRequiredService<ISchema>();
    private readonly IGraphQLTextSerializer json = factory.Services.GetRequiredService<IGraphQLTextSerializer>();

    /// <summary>A document, and for each of its variables one of its values (6 in 7) or a wrong one, or none.</summary>
    private static Gen<(int Document, string Variables)> Sample =>
        Gen.Int[0, Documents.Length - 1]
            .SelectMany(index =>
                Gen.UInt.Array[Documents[index].Values.Count]
                    .Select(choices =>
                    {
                        var values = Documents[index]
                            .Values.Zip(choices, (variable, choice) => Choose(variable.Value, choice))
                            .Select((value, i) => (Name: Documents[index].Values.Keys.ElementAt(i), Value: value))
                            .Where(variable => variable.Value is not null)
                            .Select(variable => $"\"{variable.Name}\": {variable.Value}");
                        return (index, "{" + string.Join(", ", values) + "}");
                    })
            );

    /// <summary>One of the variable's values, or none (null: left out); one time in 7 a wrong value.</summary>
    private static string? Choose(string[] right, uint choice)
    {
        if (choice % 7 == 6 || right.Length == 0)
        {
            return Wrong[(int)(choice / 7 % (uint)Wrong.Length)];
        }

        var i = (int)(choice / 7 % (uint)(right.Length + 1));
        return i < right.Length ? right[i] : null;
    }

    [Fact]
    public void The_app_validates_with_the_checked_validator()
    {
        Assert.IsType<CheckedDocumentValidator>(factory.Services.GetRequiredService<IDocumentValidator>());
    }

    [Fact]
    public async Task With_no_rules_every_value_and_error_is_GraphQL_NETs_own()
    {
        var checkedValidator = new CheckedDocumentValidator();
        var documents = Documents.Select(d => Parser.Parse(d.Text)).ToArray();
        var valid = 0;
        await Sample.SampleAsync(
            async sample =>
            {
                var document = documents[sample.Document];
                var options = Options(document, json.Deserialize<Inputs>(sample.Variables)!);
                var expected = Describe(await new DocumentValidator().ValidateAsync(options));
                for (var time = 1; time <= 3; time++)
                {
                    Assert.Equal(expected, Describe(await checkedValidator.ValidateAsync(options)));
                }

                valid += expected.StartsWith("valid", StringComparison.Ordinal) ? 1 : 0;
            },
            seed: PropertyRuns.Seed("0000000000007"),
            iter: PropertyRuns.Iterations(400),
            threads: 1,
            print: sample => Documents[sample.Document].Text + "\n" + sample.Variables
        );

        // The generator must reach the argument parsing, which runs only once the variables are right.
        Assert.True(valid > 100, $"only {valid} samples were valid");
    }

    [Fact]
    public async Task The_documents_are_ones_a_client_could_send()
    {
        // All but the ones marked invalid pass every rule with their first values.
        foreach (var (text, values) in Documents.Where(d => !d.Text.StartsWith("# invalid", StringComparison.Ordinal)))
        {
            var variables = "{" + string.Join(", ", values.Select(v => $"\"{v.Key}\": {v.Value[0]}")) + "}";
            var document = Parser.Parse(text);
            var options = Options(document, json.Deserialize<Inputs>(variables)!) with
            {
                Rules = DocumentValidator.CoreRules,
            };

            var result = await new DocumentValidator().ValidateAsync(options);

            Assert.True(result.IsValid, text + string.Concat(result.Errors.Select(e => "\n" + e.Message)));
        }
    }

    [Fact]
    public async Task Rules_to_run_are_run_by_GraphQL_NETs_validator()
    {
        var document = Parser.Parse("query Bad($unused: Int) { contentVersion }");
        var options = Options(document, Inputs.Empty) with { Rules = DocumentValidator.CoreRules };

        var result = await new CheckedDocumentValidator().ValidateAsync(options);

        Assert.Contains("is never used", Assert.Single(result.Errors).Message);
    }

    private ValidationOptions Options(GraphQLDocument document, Inputs variables) =>
        new()
        {
            Schema = schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().First(),
            Rules = [],
            Variables = variables,
            Extensions = Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            Metrics = Metrics.None,
        };

    /// <summary>Everything execution reads of a validation result, as text.</summary>
    private static string Describe(IValidationResult result)
    {
        List<string> lines = [result.IsValid ? "valid" : "invalid"];
        foreach (var error in result.Errors)
        {
            var locations = string.Join(",", error.Locations?.Select(l => $"{l.Line}:{l.Column}") ?? []);
            lines.Add($"error {error.Code} {error.Message} at {locations}; {error.InnerException?.Message}");
        }

        foreach (var variable in result.Variables ?? Variables.None)
        {
            lines.Add(
                $"variable {variable.Name} default={variable.IsDefault} specified={variable.ValueSpecified} "
                    + Value(variable.Value)
            );
        }

        // Execution looks the values up by node: their order is not compared.
        List<string> values = [];
        foreach (var (field, arguments) in result.ArgumentValues ?? Empty<GraphQLField, ArgumentValue>())
        {
            foreach (var (name, argument) in arguments)
            {
                values.Add(
                    $"argument {field.Name}@{field.Location.Start}.{name} {argument.Source} {Value(argument.Value)}"
                );
            }
        }

        foreach (var (node, directives) in result.DirectiveValues ?? Empty<ASTNode, DirectiveInfo>())
        {
            foreach (var (name, directive) in directives)
            {
                var arguments = directive.Arguments.Select(a => $"{a.Key}={a.Value.Source} {Value(a.Value.Value)}");
                values.Add($"directive {node.Kind}@{node.Location.Start} {name} {string.Join("; ", arguments)}");
            }
        }

        return string.Join('\n', lines.Concat(values.Order(StringComparer.Ordinal)));
    }

    private static Dictionary<TNode, IDictionary<string, TValue>> Empty<TNode, TValue>()
        where TNode : notnull => [];

    private static string Value(object? value) =>
        value switch
        {
            null => "null",
            string s => JsonSerializer.Serialize(s),
            IDictionary<string, object?> map => "{"
                + string.Join(", ", map.Select(pair => $"{pair.Key}: {Value(pair.Value)}"))
                + "}",
            IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Value)) + "]",
            IFormattable formattable =>
                $"{value.GetType().Name}:{formattable.ToString(null, CultureInfo.InvariantCulture)}",
            _ => $"{value.GetType().Name}:{JsonSerializer.Serialize(value)}",
        };
}
