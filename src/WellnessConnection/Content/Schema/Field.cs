namespace WellnessConnection.Content.Schema;

/// <summary>
/// A front matter field whose value is read as <typeparamref name="T"/> (<see cref="FieldValues.Get{T}(Field{T})"/>).
/// The type follows the field's <see cref="FieldType"/>; a test checks every declared field.
/// </summary>
public sealed record Field<T>(string Name, FieldType Type) : FieldSpec(Name, Type);
