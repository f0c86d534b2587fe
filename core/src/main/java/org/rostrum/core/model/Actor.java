package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;

/**
 * Who asked for a change, as the record keeps it beside every entry: an API token by its public id
 * and role ({@code token:3f9a0c…}), someone at the command line ({@code cli:<user>}), the mail
 * intake ({@code mail}), or an embedder that did not say ({@code unnamed}).
 *
 * @param id who, in one of the forms above
 * @param role the role a token was issued for; none for the others
 */
public record Actor(String id, Option<String> role) {

  /** The longest id kept. */
  public static final int MAX_LENGTH = 120;

  public Actor {
    requireNonNull(id, "id");
    requireNonNull(role, "role");
    if (id.isBlank() || id.length() > MAX_LENGTH || ControlCharacters.first(id).isDefined()) {
      throw new IllegalArgumentException("an actor is named on one line of at most 120 characters");
    }
  }

  /** A token by its public id (never its secret), with the role it was issued for. */
  public static Actor token(String publicId, String role) {
    return new Actor("token:" + publicId, Option.some(role));
  }

  /** Someone at the command line, by their user name on the machine. */
  public static Actor commandLine(String user) {
    String name = user == null ? "" : ControlCharacters.replace(user, "").trim();
    return new Actor(
        "cli:" + (name.isEmpty() ? "unknown" : name.substring(0, Math.min(name.length(), 100))),
        Option.none());
  }

  /** The mail intake, importing requests from a mailbox. */
  public static Actor mail() {
    return new Actor("mail", Option.none());
  }

  /** An embedder that did not say who acts. */
  public static Actor unnamed() {
    return new Actor("unnamed", Option.none());
  }

  /** As a person reads it: {@code token:3f9a0c… (secretariat)}, {@code cli:amina}, {@code mail}. */
  public String describe() {
    return id + role.map(r -> " (" + r.toLowerCase(java.util.Locale.ROOT) + ")").getOrElse("");
  }
}
