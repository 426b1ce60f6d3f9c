package dk.mentor.system;

import java.util.Base64;

/** Forgeries of real tokens, to see that the services check what they are given. */
final class Tokens {

    private Tokens() {
    }

    /**
     * The same header and claims with one bit of the signature flipped. Flipping a decoded byte,
     * not a base64 character, guarantees the signature really changes (a last character's spare
     * bits would not).
     */
    static String withTamperedSignature(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a signed JWT");
        }
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }
}
