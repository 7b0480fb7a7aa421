package de.pakt.roadmap.export;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import de.pakt.common.documents.Texts;
import de.pakt.common.documents.XlsxKit;
import de.pakt.common.problem.Problems;
import de.pakt.common.web.GermanTime;
import de.pakt.program.Program;
import de.pakt.registry.AreaRefs;
import de.pakt.roadmap.service.RoadmapService;
import de.pakt.round.FundingRound;
import de.pakt.site.Site;
import de.pakt.topic.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Roadmap documents a municipality keeps: PDF for reading and filing, XLSX for working on; in the caller's language
 * (Accept-Language), German by default.
 */
@ApplicationScoped
public class RoadmapExport {

    public enum Format {
        PDF("pdf", "application/pdf"),
        XLSX("xlsx", XlsxKit.MEDIA_TYPE);

        public final String extension;
        public final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }
    }

    public record Document(String fileName, String mediaType, byte[] content) {}

    @Inject
    RoadmapService roadmaps;

    @Inject
    Problems problems;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Document export(UUID siteId, Format format) {
        RoadmapService.Loaded loaded = roadmaps.load(siteId);
        Site site = Site.findById(siteId);
        FundingRound round = FundingRound.findById(site.roundId);
        Program program = Program.findById(round.programId);
        String siteName = AreaRefs.of(java.util.List.of(site.applicantKey))
                .ref(site.applicantKey)
                .getName();
        Map<UUID, String> topics = Topic.names();
        RoadmapSnapshot snapshot = RoadmapSnapshot.of(
                loaded, siteName, round.title, program.title, topics, LocalDate.now(GermanTime.BERLIN));
        Texts texts = new Texts(problems.locale());
        byte[] content = format == Format.PDF ? RoadmapPdf.write(snapshot, texts) : RoadmapXlsx.write(snapshot, texts);
        return new Document(
                texts.text("roadmap.document.fileName", siteName) + "." + format.extension, format.mediaType, content);
    }
}
