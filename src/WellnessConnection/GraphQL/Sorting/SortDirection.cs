namespace WellnessConnection.GraphQL.Sorting;

public enum SortDirection
{
    Ascending,
    Descending,
}
