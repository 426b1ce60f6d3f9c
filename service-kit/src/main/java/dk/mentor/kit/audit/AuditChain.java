package dk.mentor.kit.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain over the audit log: each seal's hash is SHA-256 over the previous seal's hash and a
 * canonical encoding of every column of its entry, so changing, removing or reordering anything
 * sealed changes every hash after it. A plain hash, not a keyed one: the chain is evidence anyone
 * holding the rows can recompute, not a secret.
 */
final class AuditChain {

    /** The previous hash of the first seal. */
    static final String GENESIS = "0".repeat(64);

    /**
     * The encoding new seals use. Encoding 1 covers the first {@value #ENCODING_1_COLUMNS} columns of
     * {@link #COLUMNS} (the entries before actor_client existed); encoding 2 covers all of them. A change
     * of audit_entry's columns needs a new one, and the verifier keeps checking the old seals by theirs.
     */
    static final int ENCODING = 2;

    /**
     * Every column of audit_entry ({@code e}) as text, in the order of the encodings: a new column goes
     * last. The timestamp is formatted by the database, to the microsecond in UTC, so no Java or driver
     * conversion can change it.
     */
    static final String COLUMNS = "e.id::text,"
            + " to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'),"
            + " e.actor_subject, e.actor_name, e.actor_municipalities, e.acting_municipality, e.owner_municipality,"
            + " e.action, e.subject_type, e.subject_id, e.purpose, e.outcome, e.actor_client";

    /** How many columns {@link #COLUMNS} selects. */
    static final int COLUMN_COUNT = 13;

    /** How many of {@link #COLUMNS} encoding 1 covers: all but actor_client. */
    static final int ENCODING_1_COLUMNS = 12;

    private AuditChain() {
    }

    /** The hash of a new seal after {@code previousHash} for an entry whose columns are {@code columns}. */
    static String link(String previousHash, List<String> columns) {
        return link(ENCODING, previousHash, columns);
    }

    /** The hash of a seal of the given encoding after {@code previousHash} for an entry whose columns are {@code columns}. */
    static String link(int encoding, String previousHash, List<String> columns) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update(encode(encoding, columns));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static byte[] encode(List<String> columns) {
        return encode(ENCODING, columns);
    }

    /**
     * The tag {@code audit-entry/<encoding>}, then each column the encoding covers as its UTF-8 length,
     * a colon and its bytes, or {@code ~} when null, each followed by a semicolon. Lengths make it
     * unambiguous whatever the columns hold, and null differs from empty.
     */
    static byte[] encode(int encoding, List<String> columns) {
        if (columns.size() != COLUMN_COUNT) {
            throw new IllegalArgumentException("an audit entry has " + COLUMN_COUNT + " columns, not " + columns.size());
        }
        List<String> covered = switch (encoding) {
            case 1 -> columns.subList(0, ENCODING_1_COLUMNS);
            case 2 -> columns;
            default -> throw new IllegalArgumentException("unknown encoding " + encoding);
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("audit-entry/" + encoding + ";").getBytes(StandardCharsets.US_ASCII));
        for (String column : covered) {
            if (column == null) {
                out.writeBytes("~;".getBytes(StandardCharsets.US_ASCII));
            } else {
                byte[] bytes = column.getBytes(StandardCharsets.UTF_8);
                out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(bytes);
                out.writeBytes(";".getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toByteArray();
    }
}
