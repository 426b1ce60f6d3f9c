package dk.mentor.dashboard.web;

import dk.mentor.contracts.codes.MunicipalityCode;
import io.quarkus.qute.TemplateExtension;

/** A municipality code as its name in a template: {@code {mentor.homeMunicipality.municipalityName}} shows "Aarhus". */
@TemplateExtension
public final class Municipalities {

    private Municipalities() {
    }

    static String municipalityName(String code) {
        return code != null && MunicipalityCode.isValid(code) ? MunicipalityCode.of(code).name() : (code == null ? "" : code);
    }
}
