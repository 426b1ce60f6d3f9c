package dk.mentor.dashboard.infra;

/** A file a service rendered, with the headers that tell the browser what it is and what to call it. */
public record Download(byte[] body, String contentType, String contentDisposition) {
}
