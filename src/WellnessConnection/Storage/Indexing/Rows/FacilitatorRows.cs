using WellnessConnection.Content.Model;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Storage.Indexing.Rows;

/// <summary>A facilitator's rows; sessions link to them.</summary>
public sealed class FacilitatorRows : DocumentRows<Facilitator, FacilitatorEntity>
{
    protected override List<FacilitatorEntity> TableIn(IndexRows rows) => rows.Facilitators;

    protected override FacilitatorEntity Entity(Facilitator document) =>
        new()
        {
            Name = document.Name,
            Credentials = document.Credentials,
            Pronouns = document.Pronouns,
        };

    protected override string Title(Facilitator document) => document.Name;
}
