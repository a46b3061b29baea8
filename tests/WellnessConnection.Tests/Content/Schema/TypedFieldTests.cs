using NodaTime;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Tests.Content.Schema;

/// <summary>
/// Builders read fields through typed declarations (<c>v.Get(SessionFields.Starts)</c>), so a misspelt key no longer
/// compiles. The type a declaration promises must be the one its <see cref="FieldType"/> is read as.
/// </summary>
public sealed class TypedFieldTests
{
    private static readonly Dictionary<FieldType, Type> ReadAs = new()
    {
        [FieldType.Text] = typeof(string),
        [FieldType.TextList] = typeof(IReadOnlyList<string>),
        [FieldType.Slug] = typeof(string),
        [FieldType.SlugList] = typeof(IReadOnlyList<string>),
        [FieldType.Url] = typeof(Uri),
        [FieldType.LocalDateTime] = typeof(LocalDateTime?),
        [FieldType.Date] = typeof(LocalDate?),
        [FieldType.Number] = typeof(int?),
        [FieldType.Bool] = typeof(bool?),
        [FieldType.Choice] = typeof(string),
        [FieldType.ChoiceList] = typeof(IReadOnlyList<string>),
        [FieldType.LanguageList] = typeof(IReadOnlyList<string>),
        [FieldType.TimeZone] = typeof(DateTimeZone),
    };

    [Fact]
    public void Every_field_of_every_schema_promises_the_type_its_kind_is_read_as()
    {
        var fields = ContentSchemas.Documents.Append(ContentSchemas.Site).SelectMany(d => d.Fields).ToList();

        Assert.NotEmpty(fields);
        Assert.All(fields, field =>
        {
            var promised = field.GetType().GetGenericArguments().Single();
            Assert.True(
                promised == ReadAs[field.Type],
                $"\"{field.Name}\" is a {field.Type}, read as {ReadAs[field.Type].Name}, but declared as "
                    + $"Field<{promised.Name}>"
            );
        });
    }
}
