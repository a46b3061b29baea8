using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// Inserts rows with one prepared statement per table, using EF Core's model for table and column names and
/// its value converters (lists as JSON, dates). Change tracking is not needed for a throw-away, write-once index,
/// and skipping it is what makes 10,000 sessions index in well under a second.
/// </summary>
public sealed class BulkInserter(ContentDbContext context, DbConnection connection, DbTransaction transaction)
{
    public void Insert<T>(IEnumerable<T> rows, string? sharedTypeName = null)
        where T : class
    {
        var entityType = (sharedTypeName is null ? context.Model.FindEntityType(typeof(T)) : context.Model.FindEntityType(sharedTypeName))
            ?? throw new InvalidOperationException($"{sharedTypeName ?? typeof(T).Name} is not in the model.");
        var columns = entityType.GetProperties().Select(p => new Column(p)).ToList();

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var table = entityType.GetTableName();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var parameters = columns.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$p" + i;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToList();
        command.Prepare();

        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].ValueOf(row) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }

    private sealed class Column(IProperty property)
    {
        private readonly IClrPropertyGetter getter = property.GetGetter();
        private readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? converter =
            property.GetValueConverter() ?? property.GetRelationalTypeMapping().Converter;

        public string Name { get; } = property.GetColumnName();

        public object? ValueOf(object row)
        {
            var value = getter.GetClrValueUsingContainingEntity(row);
            return value is null || converter is null ? value : converter.ConvertToProvider(value);
        }
    }
}
