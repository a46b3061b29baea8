namespace WellnessConnection.Http;

/// <summary>The methods of a read-only resource: HEAD answers as GET does, without the body.</summary>
public static class ReadMethods
{
    public static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];
}
