package dk.mentor.dashboard.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The language switch: remembers the choice in a cookie and goes back to the page it came from. */
@Path("/language")
public class LanguageResource {

    @GET
    public Response choose(@QueryParam("to") String language, @QueryParam("back") String back) {
        if (!PageLocale.SUPPORTED.contains(language)) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        NewCookie cookie = new NewCookie.Builder(PageLocale.COOKIE).value(language).path("/").maxAge(365 * 24 * 3600)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(sameSiteOnly(back))).cookie(cookie).build();
    }

    /** Only a path on this site: "back" must not send the user elsewhere (an open redirect). */
    static String sameSiteOnly(String back) {
        boolean local = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
        return local ? back : "/";
    }
}
