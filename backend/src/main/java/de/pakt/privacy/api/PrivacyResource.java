package de.pakt.privacy.api;

import java.time.LocalDate;
import java.util.List;

import de.pakt.api.PrivacyApi;
import de.pakt.api.model.PersonalData;
import de.pakt.api.model.PersonalDataErasure;
import de.pakt.api.model.PersonalDataErasureInput;
import de.pakt.api.model.RetentionReport;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.problem.Problems;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.Roles;
import de.pakt.common.web.Attachments;
import de.pakt.common.web.GermanTime;
import de.pakt.common.web.InputRules;
import de.pakt.privacy.service.PersonalDataDocument;
import de.pakt.privacy.service.PersonalDataService;
import de.pakt.privacy.service.Retention;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;

/** Data protection: access (Art. 15) for the programme office and for oneself, erasure (Art. 17), retention. */
@Path("/")
public class PrivacyResource implements PrivacyApi {

    @Inject
    PersonalDataService personalData;

    @Inject
    Retention retention;

    @Inject
    CurrentUser user;

    @Inject
    Problems problems;

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<PersonalData> exportPersonalData(String email) {
        return RestResponse.ResponseBuilder.ok(personalData.export(address(email), List.of()))
                .header("Cache-Control", "no-store")
                .build();
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public Response exportPersonalDataDocument(String email) {
        return document(personalData.export(address(email), List.of()), "privacy.document.fileName");
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<PersonalDataErasure> erasePersonalData(PersonalDataErasureInput input) {
        return RestResponse.ok(personalData.erase(address(input.getEmail()), problems.locale()));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<RetentionReport> getRetentionReport() {
        return RestResponse.ok(retention.report(problems.locale()));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public RestResponse<PersonalData> exportMyPersonalData() {
        return RestResponse.ResponseBuilder.ok(mine())
                .header("Cache-Control", "no-store")
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public Response exportMyPersonalDataDocument() {
        return document(mine(), "privacy.document.myFileName");
    }

    /**
     * A whole address, never a fragment: the erasure also deletes every stored answer that quotes it, and "" or "a"
     * is quoted by nearly all of them.
     */
    private static String address(String email) {
        String stripped = email.strip();
        if (!InputRules.isEmail(stripped)) {
            throw ProblemException.invalid("email", "common.field.email");
        }
        return stripped;
    }

    private PersonalData mine() {
        String email =
                user.verifiedEmail().orElseThrow(() -> ProblemException.conflict("notification.noVerifiedEmail"));
        return personalData.export(email, List.of(user.subject()));
    }

    private Response document(PersonalData data, String fileNameKey) {
        var texts = new de.pakt.common.documents.Texts(problems.locale());
        String fileName = texts.text(fileNameKey, LocalDate.now(GermanTime.BERLIN)) + ".pdf";
        return Response.ok(PersonalDataDocument.pdf(data, problems.locale()), "application/pdf")
                .header("Content-Disposition", Attachments.contentDisposition(fileName))
                .header("Cache-Control", "no-store")
                .build();
    }
}
