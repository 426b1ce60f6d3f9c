package dk.mentor.contracts.ids;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Ids for new rows and events: time-ordered UUIDs (version 7 of RFC 9562), the creation time in
 * milliseconds in the first 48 bits and 74 random bits after it.
 *
 * <p>Why not {@link UUID#randomUUID()}: a random key lands on a random page of every b-tree that holds
 * it (a table's primary key, the foreign keys that point at it, the consumers' inboxes of event ids), so
 * once such an index outgrows the database's buffers each insert reads a page from disk, dirties it and,
 * after a checkpoint, writes it whole into the WAL. New time-ordered keys land next to each other (at
 * the right edge of an index that holds only such keys), on pages that are already in memory. The ids
 * stay unguessable enough for what they are (every read is authorised on its own; the 74 random bits
 * come from a {@link SecureRandom}) and tell no more than when the row was made.
 */
public final class NewIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;
    private static final long LOW_62_BITS = 0x3FFF_FFFF_FFFF_FFFFL;

    private NewIds() {
    }

    /** A new id made now. */
    public static UUID next() {
        return at(Clock.systemUTC().millis());
    }

    /** A new id made at {@code epochMillis} (milliseconds since 1970 UTC), which its first 48 bits hold. */
    static UUID at(long epochMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random); // one call: each call to the generator takes its lock
        ByteBuffer bits = ByteBuffer.wrap(random);
        long randA = bits.getShort() & 0xFFFL;
        long randB = bits.getLong();
        long high = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16 | VERSION_7 | randA;
        long low = VARIANT_RFC | randB & LOW_62_BITS;
        return new UUID(high, low);
    }
}
