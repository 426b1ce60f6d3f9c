package dk.mentor.dashboard.application;

/** A claim's CSV or printable document as refusion-service rendered it, to hand to the browser unchanged. */
public record ClaimFile(byte[] body, String contentType, String contentDisposition) {
}
