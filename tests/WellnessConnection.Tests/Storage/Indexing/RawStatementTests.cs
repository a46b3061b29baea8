using CsCheck;
using Microsoft.Data.Sqlite;
using WellnessConnection.Storage.Indexing;
using WellnessConnection.Tests.Properties;

namespace WellnessConnection.Tests.Storage.Indexing;

/// <summary>
/// The index's writer binds values through SQLitePCL.raw: each generated value is stored exactly as a command of
/// Microsoft.Data.Sqlite, the general path, stores it (its type and its bytes), so an index reads the same either way.
/// Strings hold no NUL: a content file with one is refused before it is read (<c>ContentFileReader</c>).
/// </summary>
public sealed class RawStatementTests : IDisposable
{
    private const string Columns = "(Text, Whole, Long, Flag, Time, Date, Missing)";

    private static readonly Gen<string> Text = Gen.OneOf(
            Gen.String,
            Gen.String[Gen.Char['\u0001', '\uFFFF'], 0, 40],
            Gen.String[Gen.Char.AlphaNumeric, 4000, 9000],
            Gen.Const("")
        )
        .Select(text => text.Replace("\0", ""));

    private static readonly Gen<DateTime> Time = Gen.Select(
        Gen.Long[DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks],
        Gen.Enum<DateTimeKind>(),
        (ticks, kind) => new DateTime(ticks, kind)
    );

    private static readonly Gen<object?[]> Row = Gen.Select(
        Text,
        Gen.Int,
        Gen.Long,
        Gen.Bool,
        Time,
        Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber),
        (text, whole, number, flag, time, date) => new object?[] { text, whole, number, flag, time, date, null }
    );

    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public RawStatementTests()
    {
        connection.Open();
        Execute($"CREATE TABLE General {Columns}; CREATE TABLE Raw {Columns};");
    }

    [Fact]
    public void A_value_is_stored_as_Microsoft_Data_Sqlite_stores_it()
    {
        using var raw = new RawStatement(connection, $"INSERT INTO Raw {Columns} VALUES ($a, $b, $c, $d, $e, $f, $g)");
        Row.Sample(
            row =>
            {
                Execute("DELETE FROM General; DELETE FROM Raw;");
                InsertGenerally(row);
                raw.Run(row);

                Assert.Equal(Stored("General"), Stored("Raw"));
            },
            seed: PropertyRuns.Seed("0000000000021"),
            iter: PropertyRuns.Iterations(300),
            threads: 1
        );
    }

    [Fact]
    public void A_type_it_does_not_bind_is_refused_by_name()
    {
        using var raw = new RawStatement(connection, "INSERT INTO Raw (Text) VALUES ($a)");

        var refused = Assert.Throws<NotSupportedException>(() => raw.Run(Guid.Empty));

        Assert.Contains("Guid", refused.Message);
    }

    [Fact]
    public void A_run_with_a_value_missing_is_refused_rather_than_given_the_last_row_s()
    {
        using var raw = new RawStatement(connection, "INSERT INTO Raw (Text, Whole) VALUES ($a, $b)");
        raw.Run("first", 1);

        Assert.Throws<ArgumentException>(() => raw.Run("second"));
        Assert.Equal("first", Scalar("SELECT group_concat(Text) FROM Raw"));
    }

    [Fact]
    public void A_failed_run_throws_SQLite_s_error_and_leaves_the_statement_ready_for_the_next_row()
    {
        Execute("CREATE TABLE Keys (Id INTEGER PRIMARY KEY)");
        using var raw = new RawStatement(connection, "INSERT INTO Keys (Id) VALUES ($a)");
        raw.Run(1);

        var failed = Assert.Throws<SqliteException>(() => raw.Run(1));
        raw.Run(2);

        Assert.Equal(19, failed.SqliteErrorCode); // SQLITE_CONSTRAINT
        Assert.Equal("1,2", Scalar("SELECT group_concat(Id) FROM Keys"));
    }

    public void Dispose() => connection.Dispose();

    private void InsertGenerally(object?[] row)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO General {Columns} VALUES ($a, $b, $c, $d, $e, $f, $g)";
        foreach (var (name, value) in "abcdefg".Zip(row))
        {
            command.Parameters.AddWithValue("$" + name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }

    /// <summary>Every column of the table's one row: its SQLite type and its bytes.</summary>
    private string Stored(string table) =>
        Scalar(
            $"""
            SELECT concat_ws('|', typeof(Text), hex(Text), typeof(Whole), Whole, typeof(Long), Long, typeof(Flag),
                Flag, typeof(Time), hex(Time), typeof(Date), hex(Date), typeof(Missing)) FROM {table}
            """
        );

    private string Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
