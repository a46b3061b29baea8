using WellnessConnection.Content.Model;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Storage.Indexing.Rows;

/// <summary>A topic's rows; sessions and resources link to it.</summary>
public sealed class TopicRows : DocumentRows<Topic, TopicEntity>
{
    protected override List<TopicEntity> TableIn(IndexRows rows) => rows.Topics;

    protected override TopicEntity Entity(Topic document) =>
        new()
        {
            Name = document.Name,
            Summary = document.Summary,
            Order = document.Order,
        };

    protected override string Title(Topic document) => document.Name;
}
