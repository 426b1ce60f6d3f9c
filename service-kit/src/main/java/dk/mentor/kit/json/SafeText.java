package dk.mentor.kit.json;

/**
 * Which characters a stored text may hold. PostgreSQL cannot store NUL at all, and other control
 * characters or unpaired UTF-16 surrogates in a name or a note are never meant: they come from a
 * broken client or an attack (log forging, terminal escapes in exports). Tab, line feed and
 * carriage return stay allowed, since notes and minutes have lines.
 */
public final class SafeText {

    /** Said to the client about a rejected value; the value itself is never echoed. */
    public static final String RULE = "must not contain control characters or unpaired surrogates";

    private SafeText() {
    }

    /** For free text in a body: C0 controls other than tab and line breaks, DEL, C1 controls and unpaired surrogates. */
    public static boolean isSafeText(CharSequence value) {
        return firstUnsafe(value, true) < 0;
    }

    /** For a path or query value, where not even a line break has a meaning. */
    public static boolean isSafeParameter(CharSequence value) {
        return firstUnsafe(value, false) < 0;
    }

    private static int firstUnsafe(CharSequence value, boolean lineBreaksAllowed) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || isControl(c, lineBreaksAllowed)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(char c, boolean lineBreaksAllowed) {
        if (lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r')) {
            return false;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }
}
