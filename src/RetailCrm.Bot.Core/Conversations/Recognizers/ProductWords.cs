using System.Collections.Frozen;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// What a clothing and footwear shop sells, by name and by brand, and the colours people ask for. A run of
/// words that holds one of these is a product; "wedding" next to "sherwani" is not.
/// </summary>
internal static class ProductWords
{
    private static readonly FrozenSet<string> Items = FrozenSet.ToFrozenSet(
    [
        "kurta", "kurti", "saree", "lehenga", "choli", "shirt", "tshirt", "top", "jeans", "trouser", "trousers", "pant",
        "pants", "shoes", "shoe", "sneakers", "sneaker", "sandals", "sandal", "chappal", "chappals", "slippers", "heels",
        "boots", "loafers", "dupatta", "salwar", "suit", "kameez", "sherwani", "blazer", "jacket", "coat", "sweater",
        "hoodie", "dress", "gown", "skirt", "shorts", "leggings", "jeggings", "socks", "cap", "hat", "belt", "bag",
        "handbag", "purse", "watch", "scarf", "stole", "shawl", "pajama", "pyjama", "churidar", "palazzo", "dhoti",
        "lungi", "vest", "tie", "sunglasses", "earrings", "bangles", "necklace", "blouse", "frock", "uniform",
        "tracksuit", "polo", "nightsuit", "innerwear", "trackpants", "anarkali", "jumpsuit", "cardigan", "wear", "menswear",
        "womenswear", "kidswear", "partywear", "footwear", "clothes", "clothing", "kapde", "kapda", "outfit", "slides", "flipflops",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Brands = FrozenSet.ToFrozenSet(
    [
        "nike", "adidas", "puma", "reebok", "levis", "bata", "woodland", "skechers", "asics", "fila", "raymond",
        "biba", "fabindia", "manyavar", "zara", "pegasus", "ultraboost", "campus", "sparx", "relaxo", "crocs", "titan",
        "fastrack", "fossil", "casio", "jockey", "wrangler", "spykar", "arrow", "allen", "solly", "heusen",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Colors = FrozenSet.ToFrozenSet(
    [
        "red", "blue", "green", "black", "white", "yellow", "pink", "purple", "orange", "grey", "brown", "maroon",
        "navy", "beige", "cream", "golden", "silver", "peach", "violet", "magenta", "olive", "khaki", "mustard", "teal",
        "turquoise", "lavender", "rust", "offwhite", "multicolor",
    ], StringComparer.Ordinal);

    public static bool IsItem(string word) => Items.Contains(word) || Brands.Contains(word);

    public static bool IsColor(string word) => Colors.Contains(word);
}
