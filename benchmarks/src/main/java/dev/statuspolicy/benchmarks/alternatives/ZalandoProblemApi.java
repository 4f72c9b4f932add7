package dev.statuspolicy.benchmarks.alternatives;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zalando.problem.Problem;
import org.zalando.problem.ProblemBuilder;
import org.zalando.problem.Status;
import org.zalando.problem.jackson.ProblemModule;

/**
 * The hand-written chain with Zalando's {@link Problem}, serialised by a Jackson 2
 * {@link ObjectMapper} with Zalando's {@link ProblemModule} (stack traces off, its default).
 * Zalando's problems are exceptions, so building one fills in a stack trace: that is part of
 * what using it costs.
 */
public final class ZalandoProblemApi extends HandWrittenApi {

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new ProblemModule());

  @Override
  protected String problem(int status, String type, String row, String title, String detail,
      String advice, String instance, @Nullable List<BadParameter> errors,
      @Nullable List<String> allowedMethods, long retryAfter, @Nullable Limit limit,
      @Nullable CoverageInfo coverage) {
    ProblemBuilder problem = Problem.builder()
        .withType(URI.create(type))
        .withTitle(title)
        .withStatus(Status.valueOf(status))
        .withDetail(detail)
        .withInstance(URI.create(instance))
        .with("row", row)
        .with("advice", advice);
    if (errors != null) {
      problem.with("errors", errors);
    }
    if (allowedMethods != null) {
      problem.with("allowedMethods", allowedMethods);
    }
    if (retryAfter >= 0) {
      problem.with("retryAfter", retryAfter);
    }
    if (limit != null) {
      problem.with("limit", limit.member());
    }
    if (coverage != null) {
      problem.with("coverage", coverage.member());
    }
    try {
      return mapper.writeValueAsString(problem.build());
    } catch (JsonProcessingException cannotHappen) {
      throw new IllegalStateException(cannotHappen);
    }
  }
}
