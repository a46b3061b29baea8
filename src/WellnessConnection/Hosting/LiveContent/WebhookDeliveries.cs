namespace WellnessConnection.Hosting.LiveContent;

/// <summary>
/// The webhook deliveries this instance accepted lately, to refuse a replay. GitHub's signature covers the body
/// only, so an attacker who captured one request can resend it with any <c>X-GitHub-Delivery</c>: a delivery is
/// known again by its signature (the body's HMAC) as well as by its id. The memory is bounded: the oldest are
/// forgotten past <see cref="Capacity"/>, and the reload budget (<see cref="ReloadBudget"/>) bounds what an older
/// replay could still cause.
/// </summary>
public sealed class WebhookDeliveries
{
    public const int Capacity = 1000;

    private readonly Lock gate = new();
    private readonly HashSet<string> known = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return known.Count;
            }
        }
    }

    /// <summary>Remembers the delivery and says true, or says false when its signature or id was seen before.</summary>
    public bool TryAccept(string signature, string? deliveryId)
    {
        var keys = deliveryId is { Length: > 0 }
            ? new[] { "signature " + signature.ToLowerInvariant(), "id " + deliveryId }
            : ["signature " + signature.ToLowerInvariant()];
        lock (gate)
        {
            if (keys.Any(known.Contains))
            {
                return false;
            }

            foreach (var key in keys)
            {
                known.Add(key);
                order.Enqueue(key);
            }

            while (order.Count > Capacity)
            {
                known.Remove(order.Dequeue());
            }

            return true;
        }
    }
}
