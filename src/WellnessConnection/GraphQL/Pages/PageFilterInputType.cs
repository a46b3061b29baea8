using WellnessConnection.GraphQL.Filtering;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Pages;

public sealed class PageFilterInputType() : FilterInputType<PageEntity>("Page", PageFilters.Definition);
