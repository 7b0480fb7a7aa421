package de.pakt.selection.api;

import java.util.List;
import java.util.UUID;

import de.pakt.api.ReviewsApi;
import de.pakt.api.model.Ranking;
import de.pakt.api.model.ReviewInput;
import de.pakt.api.model.SelectionProposal;
import de.pakt.application.Application;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.problem.Problems;
import de.pakt.common.security.Roles;
import de.pakt.common.web.ETags;
import de.pakt.round.FundingRound;
import de.pakt.round.service.RoundService;
import de.pakt.selection.Review;
import de.pakt.selection.service.ProposalService;
import de.pakt.selection.service.RankingService;
import de.pakt.selection.service.ReviewService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestResponse;

// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
public class ReviewResource implements ReviewsApi {

    @Inject
    Problems problems;

    @Inject
    ReviewService reviews;

    @Inject
    RankingService ranking;

    @Inject
    ProposalService proposals;

    @Inject
    RoundService rounds;

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public RestResponse<List<de.pakt.api.model.Review>> listApplicationReviews(UUID applicationId) {
        List<Review> list = reviews.list(applicationId);
        FundingRound round = roundOf(applicationId);
        return RestResponse.ok(
                list.stream().map(r -> SelectionMapper.toApi(r, round)).toList());
    }

    @Override
    @RolesAllowed(Roles.STEERING_GROUP)
    public RestResponse<de.pakt.api.model.Review> getMyReview(UUID applicationId) {
        Review review = reviews.mine(applicationId)
                .orElseThrow(() -> ProblemException.notFound("selection.noun.myReview", applicationId));
        return RestResponse.ResponseBuilder.ok(SelectionMapper.toApi(review, roundOf(applicationId)))
                .tag(ETags.of(review.version))
                .build();
    }

    @Override
    @RolesAllowed(Roles.STEERING_GROUP)
    public RestResponse<de.pakt.api.model.Review> saveMyReview(UUID applicationId, String ifMatch, ReviewInput input) {
        Review review = reviews.save(applicationId, ifMatch, SelectionMapper.toData(input));
        return RestResponse.ResponseBuilder.ok(SelectionMapper.toApi(review, roundOf(applicationId)))
                .tag(ETags.of(review.version))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public RestResponse<Ranking> getRoundRanking(UUID roundId) {
        RankingService.RoundRanking result =
                ranking.rank(roundId).orElseThrow(() -> ProblemException.notFound("round.noun.round", roundId));
        return RestResponse.ok(SelectionMapper.ranking(roundId, result, problems.locale()));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public RestResponse<SelectionProposal> getSelectionProposal(UUID roundId) {
        FundingRound round = rounds.require(roundId, true);
        return RestResponse.ok(SelectionMapper.proposal(round, proposals.propose(round), problems.locale()));
    }

    private static FundingRound roundOf(UUID applicationId) {
        Application application = Application.findById(applicationId);
        return FundingRound.findById(application.roundId);
    }
}
