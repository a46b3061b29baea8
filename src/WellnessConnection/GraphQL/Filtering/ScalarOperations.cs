using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace WellnessConnection.GraphQL.Filtering;

/// <summary>
/// Translates Hot Chocolate's scalar operations (<c>eq neq in nin gt gte lt lte contains startsWith endsWith</c> and
/// their negations) to expressions EF Core turns into SQL. Values are captured as parameters, never inlined.
/// </summary>
public static class ScalarOperations
{
    private static readonly MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like),
        [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)]
    )!;

    public static Expression Translate(Expression value, IDictionary<string, object?> operations)
    {
        Expression? result = null;
        foreach (var (operation, argument) in operations)
        {
            var condition = Translate(value, operation, argument);
            result = result is null ? condition : Expression.AndAlso(result, condition);
        }

        return result ?? Expression.Constant(true);
    }

    private static Expression Translate(Expression value, string operation, object? argument) =>
        operation switch
        {
            "eq" => Expression.Equal(value, Parameter(argument, value.Type)),
            "neq" => Expression.NotEqual(value, Parameter(argument, value.Type)),
            "in" => In(value, argument),
            "nin" => Expression.Not(In(value, argument)),
            "gt" => Expression.GreaterThan(value, Parameter(argument, value.Type)),
            "gte" => Expression.GreaterThanOrEqual(value, Parameter(argument, value.Type)),
            "lt" => Expression.LessThan(value, Parameter(argument, value.Type)),
            "lte" => Expression.LessThanOrEqual(value, Parameter(argument, value.Type)),
            "ngt" => Expression.Not(Expression.GreaterThan(value, Parameter(argument, value.Type))),
            "ngte" => Expression.Not(Expression.GreaterThanOrEqual(value, Parameter(argument, value.Type))),
            "nlt" => Expression.Not(Expression.LessThan(value, Parameter(argument, value.Type))),
            "nlte" => Expression.Not(Expression.LessThanOrEqual(value, Parameter(argument, value.Type))),
            "contains" => Matches(value, argument, "%", "%"),
            "ncontains" => Expression.Not(Matches(value, argument, "%", "%")),
            "startsWith" => Matches(value, argument, "", "%"),
            "nstartsWith" => Expression.Not(Matches(value, argument, "", "%")),
            "endsWith" => Matches(value, argument, "%", ""),
            "nendsWith" => Expression.Not(Matches(value, argument, "%", "")),
            _ => throw new ExecutionError($"Unknown filter operation \"{operation}\".") { Code = "BAD_FILTER" },
        };

    private static MethodCallExpression In(Expression value, object? argument)
    {
        var items = ((IEnumerable?)argument ?? Array.Empty<object>())
            .Cast<object?>()
            .Select(v => Convert(v, value.Type));
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(value.Type))!;
        foreach (var item in items)
        {
            list.Add(item);
        }

        var contains = typeof(Enumerable)
            .GetMethods()
            .First(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
            .MakeGenericMethod(value.Type);
        return Expression.Call(contains, Captured(list, list.GetType()), value);
    }

    /// <summary>SQL <c>LIKE</c>: case-insensitive for ASCII in SQLite, which is what readers expect of a text
    /// search.</summary>
    private static BinaryExpression Matches(Expression value, object? argument, string prefix, string suffix)
    {
        var text =
            argument as string
            ?? throw new ExecutionError("contains, startsWith and endsWith need a string.") { Code = "BAD_FILTER" };
        var escaped = text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
        var pattern = Captured(prefix + escaped + suffix, typeof(string));
        var like = Expression.Call(Like, Expression.Constant(EF.Functions), value, pattern, Expression.Constant(@"\"));
        return Expression.AndAlso(Expression.NotEqual(value, Expression.Constant(null, typeof(string))), like);
    }

    private static MemberExpression Parameter(object? argument, Type type) => Captured(Convert(argument, type), type);

    /// <summary>A value read from a closure: EF Core sends it as a SQL parameter and reuses the compiled
    /// query.</summary>
    private static MemberExpression Captured(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(Box<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(box), "Value");
    }

    private static object? Convert(object? value, Type type) =>
        (value, Nullable.GetUnderlyingType(type) ?? type) switch
        {
            (null, _) => null,
            (DateTimeOffset offset, var t) when t == typeof(DateTime) => offset.UtcDateTime,
            (DateTime dateTime, var t) when t == typeof(DateTime) => dateTime.ToUniversalTime(),
            (DateOnly date, var t) when t == typeof(DateOnly) => date,
            (var v, var t) when t.IsInstanceOfType(v) => v,
            (var v, var t) => System.Convert.ChangeType(v, t, System.Globalization.CultureInfo.InvariantCulture),
        };

    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }
}
