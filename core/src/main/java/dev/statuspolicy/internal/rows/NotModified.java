package dev.statuspolicy.internal.rows;

import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.internal.Documents;
import dev.statuspolicy.internal.parse.EntityTags;
import dev.statuspolicy.internal.parse.HttpDates;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.request.KnownHeader;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;
import java.time.Instant;
import java.util.List;

/**
 * Row 20, {@code not-modified}: a GET or HEAD of a version served with 200 (stable, or with its
 * deprecation or retirement still ahead, see {@link VersionStanding}) whose validator matches.
 * The 304 carries the same announcement headers as the 200 would.
 *
 * <p>{@code If-None-Match}, when present, decides alone, with weak comparison; {@code *} matches
 * any current document. Otherwise {@code If-Modified-Since} is used, and ignored (RFC 9110
 * section 13.1.3) when it does not parse, has more than one value, lies in the future by the
 * policy's clock, or the document has no {@code Last-Modified}. Beta and deprecated versions never
 * get 304: their 203 always carries a body.
 */
public final class NotModified implements RowLogic {

  private static final Finding UNCHANGED = Finding.fired(HttpStatus.NOT_MODIFIED, Evidence.NONE);

  @Override
  public Finding evaluate(RuleContext context) {
    RequestFacts facts = context.facts();
    Target target = context.target();
    Validators validators = Documents.validators(context.outcome());
    if (validators == null || target == null
        || !(facts.method().equals("GET") || facts.method().equals("HEAD"))
        || VersionStanding.stage(context, target) != VersionStanding.Stage.SERVED) {
      return Finding.notApplicable();
    }
    // a version whose end is announced says so on its 304 too, as its 200 would
    Evidence announcement = VersionStanding.announcement(context, target);
    Finding unchanged = announcement == Evidence.NONE
        ? UNCHANGED : Finding.fired(HttpStatus.NOT_MODIFIED, announcement);
    List<String> noneMatch = facts.values(KnownHeader.IF_NONE_MATCH);
    if (EntityTags.present(noneMatch)) {
      boolean match = validators.etag() != null
          ? EntityTags.matches(noneMatch, validators.etag())
          : EntityTags.matches(noneMatch, "");
      return match ? unchanged : Finding.passed();
    }
    List<String> since = facts.values(KnownHeader.IF_MODIFIED_SINCE);
    // the date the response states: a Last-Modified later than the clock is the clock's time
    Instant lastModified = Documents.lastModified(validators, context.now());
    if (since.size() != 1 || lastModified == null) {
      return Finding.passed();
    }
    long date = HttpDates.parse(since.get(0), context.now());
    if (date == HttpDates.INVALID || date > context.now().getEpochSecond()) {
      return Finding.passed();
    }
    return lastModified.getEpochSecond() <= date ? unchanged : Finding.passed();
  }
}
