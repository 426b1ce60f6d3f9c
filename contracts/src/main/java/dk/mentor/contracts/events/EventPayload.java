package dk.mentor.contracts.events;

/**
 * The JSON body of an event: a record whose components are exactly the fields of its JSON
 * Schema. Every implementation is listed in {@link EventCatalog}, which gives its type, topic
 * and schema.
 *
 * <p>The two methods here are routing data a producer needs for the CloudEvents headers and the
 * Kafka key. They are deliberately not record components, and their names are not bean getters
 * ({@code getX}/{@code isX}): Jackson serialises a record by its components only, so these values
 * do not appear in the body a second time. Implementations must keep it that way (no
 * {@code getSubject()}): the body would carry a field its schema does not describe, which
 * PayloadJsonTest catches. (The schemas allow added fields so that a consumer survives a new optional
 * one; they do not make an accidental field right.)
 *
 * <p>The event type is a fact about the class, not the instance, so it is a constant on each
 * record ({@code TYPE}) and reached through the catalog rather than through a method here.
 */
public interface EventPayload {

    /** The aggregate id as a string: the ce_subject header and the Kafka key. */
    String subject();

    /** The 4-digit kommunekode that owns the aggregate: the ce_municipality header. */
    String municipality();
}
