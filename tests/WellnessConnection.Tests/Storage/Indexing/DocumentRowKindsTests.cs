using WellnessConnection.Content.Model;
using WellnessConnection.Storage.Indexing.Rows;

namespace WellnessConnection.Tests.Storage.Indexing;

public sealed class DocumentRowKindsTests
{
    public static TheoryData<Type> DocumentTypes() =>
        [
            .. typeof(ContentDocument)
                .Assembly.GetTypes()
                .Where(t => t.IsSubclassOf(typeof(ContentDocument)) && !t.IsAbstract),
        ];

    [Theory]
    [MemberData(nameof(DocumentTypes))]
    public void Every_kind_of_document_has_the_class_that_makes_its_rows(Type documentType)
    {
        var rows = typeof(DocumentRowKinds)
            .GetMethod(nameof(DocumentRowKinds.For))!
            .MakeGenericMethod(documentType)
            .Invoke(null, null);

        Assert.NotNull(rows);
    }

    [Fact]
    public void There_are_seven_kinds_of_document() => Assert.Equal(7, DocumentTypes().Count);
}
