package dev.statuspolicy.benchmarks.alternatives;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * The hand-written chain with Spring's {@link ProblemDetail}, serialised by a Jackson 2
 * {@link ObjectMapper} carrying Spring's own {@link ProblemDetailJacksonMixin}, as Spring's
 * Jackson 2 message converter configures it: the extension members go into the
 * {@code properties} map and come out as top-level members.
 */
public final class SpringProblemDetailApi extends HandWrittenApi {

  private final ObjectMapper mapper =
      new ObjectMapper().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);

  @Override
  protected String problem(int status, String type, String row, String title, String detail,
      String advice, String instance, @Nullable List<BadParameter> errors,
      @Nullable List<String> allowedMethods, long retryAfter, @Nullable Limit limit,
      @Nullable CoverageInfo coverage) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
    problem.setType(URI.create(type));
    problem.setTitle(title);
    problem.setInstance(URI.create(instance));
    problem.setProperty("row", row);
    problem.setProperty("advice", advice);
    if (errors != null) {
      problem.setProperty("errors", errors);
    }
    if (allowedMethods != null) {
      problem.setProperty("allowedMethods", allowedMethods);
    }
    if (retryAfter >= 0) {
      problem.setProperty("retryAfter", retryAfter);
    }
    if (limit != null) {
      problem.setProperty("limit", limit.member());
    }
    if (coverage != null) {
      problem.setProperty("coverage", coverage.member());
    }
    try {
      return mapper.writeValueAsString(problem);
    } catch (JsonProcessingException cannotHappen) {
      throw new IllegalStateException(cannotHappen);
    }
  }
}
