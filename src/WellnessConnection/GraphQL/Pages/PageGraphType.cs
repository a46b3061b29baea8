using WellnessConnection.GraphQL.Common;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Pages;

public sealed class PageGraphType : DocumentGraphType<PageEntity>
{
    public PageGraphType()
        : base("Page", "A free page: FAQ, get support now, about...")
    {
        Field(p => p.Title);
        Field(p => p.Summary);
        Field(p => p.Order, nullable: true).Description("Position in menus, smallest first.");
    }
}
