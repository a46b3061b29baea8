namespace WellnessConnection.Benchmarks.Corpus;

/// <summary>Common given and family names, combined at random into fictional facilitators.</summary>
public static class PersonNames
{
    public static readonly IReadOnlyList<string> Given =
    [
        "Amira", "Benoît", "Chloé", "David", "Émilie", "Farid", "Grace", "Hugo", "Isabelle", "Jamal", "Karine", "Liam",
        "Maya", "Nathan", "Olivia", "Priya", "Quentin", "Rosalie", "Samuel", "Tara", "Uma", "Victor", "Wei", "Yasmin",
        "Zoé", "Aiden", "Béatrice", "Carlos", "Danielle", "Elijah", "Fatima", "Gabriel", "Hannah", "Ines", "Julien",
        "Kiran", "Léa", "Marc", "Nadia", "Omar", "Pascale", "Rahul", "Sophie", "Thomas", "Valérie", "William", "Xavier",
        "Yuki", "Adrienne", "Malik", "Noor", "Simone", "Teresa", "Raphaël", "Mei", "Ethan", "Sarah", "Jonah", "Aisha",
    ];

    public static readonly IReadOnlyList<string> Family =
    [
        "Tremblay", "Nguyen", "Singh", "MacDonald", "Gagnon", "Chen", "Roy", "Patel", "Côté", "Wilson", "Bouchard", "Martin",
        "Li", "Gauthier", "Campbell", "Morin", "Anderson", "Lavoie", "Kaur", "Fortin", "Thompson", "Gagné", "Wong", "Ouellet",
        "Taylor", "Pelletier", "Khan", "Bélanger", "Brown", "Lévesque", "Ahmed", "Bergeron", "Clarke", "Leblanc", "Kim",
        "Paquette", "Fraser", "Girard", "Hassan", "Simard", "Reid", "Boucher", "Park", "Caron", "Stewart", "Beaulieu",
        "Ali", "Cloutier", "Murray", "Dubé", "Sharma", "Poirier", "Young", "Fournier", "Lee", "Lapointe", "Ross", "Mercier",
    ];
}
