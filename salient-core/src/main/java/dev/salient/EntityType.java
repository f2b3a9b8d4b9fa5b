package dev.salient;

/**
 * The kind of real-world thing an {@link Entity} names, where the evidence allows a guess.
 *
 * <pre>{@code
 * List<Entity> people =
 *     summary.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
 * }</pre>
 *
 * <p>Types come from evidence in the text and word lists, not from a statistical model: honorifics,
 * titles and first names make a person, organization words ("Bank", "Ministry") and unknown
 * acronyms an organization, the gazetteer and "in X" a location. Thread-safe, like every enum.
 */
public enum EntityType {
  /** A person: "Barbara Kelemen", "Ms Kelemen", "Xi". */
  PERSON,
  /** A place: a country, region or city ("China", "Central Asia", "Beijing"). */
  LOCATION,
  /** A company, institution, party or agency ("Bank of England", "SEC"). */
  ORGANIZATION,
  /** A name with no evidence for one of the other types (events, products, unknown names). */
  OTHER
}
