using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// A statement an index's writer prepares once and runs for every row, bound through SQLitePCL.raw, the layer under
/// Microsoft.Data.Sqlite. A command of Microsoft.Data.Sqlite allocates a reader, a statement enumerator and a binder
/// per parameter at each run, and a new UTF-8 copy of each string: 227 MB of garbage for 130,000 rows, and twice the
/// time of this (bench/README.md, "Figures behind design choices"). A value is stored as Microsoft.Data.Sqlite stores
/// it, for the types an index holds (<c>RawStatementTests</c> compares the two over generated values); another type
/// is refused. It runs in the connection's open transaction, if any.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;
    private readonly int parameterCount;
    private byte[] utf8 = new byte[4096];

    public RawStatement(SqliteConnection connection, string sql)
    {
        database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(database, sql, out statement));
        parameterCount = raw.sqlite3_bind_parameter_count(statement);
    }

    /// <summary>Binds <paramref name="values"/> to the parameters in order, runs the statement to its end and
    /// resets it. A value for every parameter: a parameter left out would keep the last row's.</summary>
    public void Run(params ReadOnlySpan<object?> values)
    {
        if (values.Length != parameterCount)
        {
            throw new ArgumentException(
                $"The statement has {parameterCount} parameters; {values.Length} values were given.",
                nameof(values)
            );
        }

        for (var i = 0; i < values.Length; i++)
        {
            Bind(i + 1, values[i]);
        }

        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }
    }

    public void Dispose() => statement.Dispose();

    private void Bind(int index, object? value) =>
        Check(
            value switch
            {
                null => raw.sqlite3_bind_null(statement, index),
                string text => BindText(index, text),
                int number => raw.sqlite3_bind_int64(statement, index, number),
                long number => raw.sqlite3_bind_int64(statement, index, number),
                bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
                DateTime time => BindText(
                    index,
                    time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)
                ),
                DateOnly date => BindText(index, date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
                _ => throw new NotSupportedException(
                    $"An index column of type {value.GetType().Name} is not bound by {nameof(RawStatement)}: add it, "
                        + "with the text or number Microsoft.Data.Sqlite stores for it, and to RawStatementTests."
                ),
            }
        );

    private int BindText(int index, string text)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most > utf8.Length)
        {
            utf8 = new byte[Math.Max(most, utf8.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(text, utf8);
        return raw.sqlite3_bind_text(statement, index, utf8.AsSpan(0, length));
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, database);
        }
    }
}
