package dk.mentor.refusion.api;

import dk.mentor.kit.csv.DanishCsv;
import jakarta.ws.rs.core.Response;

/** A CSV answer that a browser saves as a file of that name. */
final class CsvDownload {

    private CsvDownload() {
    }

    static Response of(byte[] csv, String fileName) {
        return Response.ok(csv, DanishCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
