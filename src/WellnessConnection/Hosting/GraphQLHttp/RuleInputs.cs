using System.Globalization;
using GraphQL;
using GraphQLParser.AST;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// What, besides the document itself, the validation rules of a document already validated read: the values of the
/// variables passed to a <c>first</c>, <c>last</c> or <c>id</c> argument (the complexity analyzer multiplies by them)
/// or to any directive (<c>@skip</c> and <c>@include</c> decide what is counted). Every other rule depends on the
/// document alone. Found once per document, over all of its definitions (a superset of any one operation's).
/// </summary>
internal sealed class RuleInputs
{
    private static readonly HashSet<string> CountingArguments = ["first", "last", "id"];

    private readonly string[] variables;

    private RuleInputs(string[] variables) => this.variables = variables;

    public static RuleInputs Of(GraphQLDocument document)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    Visit(operation.Directives, found);
                    Visit(operation.SelectionSet, found);
                    break;
                case GraphQLFragmentDefinition fragment:
                    Visit(fragment.Directives, found);
                    Visit(fragment.SelectionSet, found);
                    break;
            }
        }

        return new RuleInputs([.. found]);
    }

    /// <summary>
    /// The values of those variables as one text, or null when one of them is not a plain value (then the rules run).
    /// </summary>
    public string? KeyOf(Inputs? values)
    {
        var parts = new string[variables.Length];
        for (var i = 0; i < variables.Length; i++)
        {
            object? value = null;
            if (values?.TryGetValue(variables[i], out value) != true)
            {
                parts[i] = "-";
                continue;
            }

            if (Plain(value) is not { } text)
            {
                return null;
            }

            parts[i] = text;
        }

        return string.Join('\n', parts);
    }

    private static string? Plain(object? value) =>
        value switch
        {
            null => "null",
            string text => "s:" + text.ReplaceLineEndings(" "),
            bool flag => flag ? "true" : "false",
            int or long or decimal or double or System.Numerics.BigInteger => value.GetType().Name
                + ":"
                + Convert.ToString(value, CultureInfo.InvariantCulture),
            _ => null,
        };

    private static void Visit(GraphQLSelectionSet? selections, SortedSet<string> found)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    foreach (var argument in field.Arguments?.Items ?? [])
                    {
                        if (CountingArguments.Contains(argument.Name.StringValue))
                        {
                            Variables(argument.Value, found);
                        }
                    }

                    Visit(field.Directives, found);
                    Visit(field.SelectionSet, found);
                    break;
                case GraphQLInlineFragment inline:
                    Visit(inline.Directives, found);
                    Visit(inline.SelectionSet, found);
                    break;
                case GraphQLFragmentSpread spread:
                    Visit(spread.Directives, found);
                    break;
            }
        }
    }

    private static void Visit(GraphQLDirectives? directives, SortedSet<string> found)
    {
        foreach (var directive in directives?.Items ?? [])
        {
            foreach (var argument in directive.Arguments?.Items ?? [])
            {
                Variables(argument.Value, found);
            }
        }
    }

    private static void Variables(GraphQLValue value, SortedSet<string> found)
    {
        switch (value)
        {
            case GraphQLVariable variable:
                found.Add(variable.Name.StringValue);
                break;
            case GraphQLListValue list:
                foreach (var item in list.Values ?? [])
                {
                    Variables(item, found);
                }

                break;
            case GraphQLObjectValue obj:
                foreach (var field in obj.Fields ?? [])
                {
                    Variables(field.Value, found);
                }

                break;
        }
    }
}
