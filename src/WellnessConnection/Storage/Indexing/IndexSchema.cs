namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// The SQL that creates the tables of a new index: what <c>EnsureCreated</c> would run, generated from
/// <see cref="ContentDbContext"/>'s model by <c>tools/compile-storage-model</c> beside the compiled model.
/// <c>EnsureCreated</c> would build EF Core's design-time model from <c>OnModelCreating</c> anyway, compiled model or
/// not: most of the 0.3 s it took a start to have the writer ready. <c>CompiledModelTests</c> checks that this is
/// still the SQL EF Core generates.
/// </summary>
internal static class IndexSchema
{
    public const string ResourceName = "Storage/CompiledModel/IndexSchema.sql";

    public static string CreateTables { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(IndexSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
