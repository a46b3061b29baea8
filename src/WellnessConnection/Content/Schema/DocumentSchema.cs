namespace WellnessConnection.Content.Schema;

/// <summary>The fields of one document type and the folder its files live in.</summary>
public sealed record DocumentSchema(DocumentKind Kind, string Folder, IReadOnlyList<FieldSpec> Fields)
{
    public FieldSpec? Find(string name) => Fields.FirstOrDefault(f => f.Name == name);
}
