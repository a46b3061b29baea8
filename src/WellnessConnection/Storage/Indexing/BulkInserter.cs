using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// Inserts rows with one prepared statement per table, using EF Core's model for table and column names and
/// its value converters (lists as JSON, dates). Change tracking is not needed for a write-once index, and skipping
/// it is what makes 10,000 sessions index in well under a second. Statements are prepared once, bound through
/// <see cref="RawStatement"/>, and reused for every batch of the same table. A column is read through its CLR
/// property's getter, bound as a delegate: EF Core's own getters are expression trees compiled at run time, two per
/// property, 412 lambdas that a start compiled, with the expression compiler (bench/README.md, "Figures behind design
/// choices").
/// </summary>
public sealed class BulkInserter(ContentDbContext context, SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, Statement> statements = [];

    public void Insert<T>(IReadOnlyCollection<T> rows, string? sharedTypeName = null)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var name = sharedTypeName ?? typeof(T).FullName!;
        if (!statements.TryGetValue(name, out var statement))
        {
            var entityType = (
                sharedTypeName is null
                    ? context.Model.FindEntityType(typeof(T))
                    : context.Model.FindEntityType(sharedTypeName)
            ) ?? throw new InvalidOperationException($"{sharedTypeName ?? typeof(T).Name} is not in the model.");
            statement = new Statement(entityType, connection);
            statements[name] = statement;
        }

        foreach (var row in rows)
        {
            statement.Execute(row);
        }
    }

    public void Dispose()
    {
        foreach (var statement in statements.Values)
        {
            statement.Dispose();
        }
    }

    private sealed class Statement : IDisposable
    {
        private readonly RawStatement statement;
        private readonly Column[] columns;
        private readonly object?[] values;

        public Statement(IEntityType entityType, SqliteConnection connection)
        {
            columns = [.. entityType.GetProperties().Select(p => new Column(p))];
            values = new object?[columns.Length];
            statement = new RawStatement(
                connection,
                $"INSERT INTO \"{entityType.GetTableName()}\" "
                    + $"({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) "
                    + $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})"
            );
        }

        public void Execute(object row)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                values[i] = columns[i].ValueOf(row);
            }

            statement.Run(values);
        }

        public void Dispose() => statement.Dispose();
    }

    private sealed class Column(IProperty property)
    {
        private static readonly MethodInfo TypedGetterMethod = typeof(Column).GetMethod(
            nameof(TypedGetter),
            BindingFlags.NonPublic | BindingFlags.Static
        )!;

        private readonly Func<object, object?> getter = Getter(property);
        private readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? converter =
            property.GetValueConverter() ?? property.GetRelationalTypeMapping().Converter;

        public string Name { get; } = property.GetColumnName();

        public object? ValueOf(object row)
        {
            var value = getter(row);
            return value is null || converter is null ? value : converter.ConvertToProvider(value);
        }

        private static Func<object, object?> Getter(IProperty property)
        {
            var clrProperty = property.PropertyInfo
                ?? throw new InvalidOperationException(
                    $"{property.DeclaringType.DisplayName()}.{property.Name} has no CLR property to read."
                );
            return (Func<object, object?>)
                TypedGetterMethod
                    .MakeGenericMethod(clrProperty.DeclaringType!, clrProperty.PropertyType)
                    .Invoke(null, [clrProperty.GetMethod!])!;
        }

        private static Func<object, object?> TypedGetter<TEntity, TValue>(MethodInfo getter)
        {
            var typed = getter.CreateDelegate<Func<TEntity, TValue>>();
            return row => typed((TEntity)row);
        }
    }
}
