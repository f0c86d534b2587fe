package org.rostrum.adapters.cli;

import io.vavr.collection.List;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli could not parse, said in the reader's language: a missing option or
 * parameter, an unknown option, command or argument (with what was probably meant), a value of the
 * wrong kind. Anything else keeps picocli's own English sentence.
 */
final class UsageErrors {

  private UsageErrors() {}

  static String explain(ParameterException e, Text text) {
    if (e instanceof MissingParameterException missing) {
      List<ArgSpec> args = List.ofAll(missing.getMissing());
      return text.get(
          args.forAll(ArgSpec::isOption) ? "usage.missing.option" : "usage.missing.parameter",
          args.size(),
          args.map(UsageErrors::name).mkString(", "));
    }
    if (e instanceof UnmatchedArgumentException unmatched) {
      List<String> given = List.ofAll(unmatched.getUnmatched());
      List<String> suggested = List.ofAll(unmatched.getSuggestions());
      String first = given.headOption().getOrElse("");
      String sentence =
          text.get(
              first.startsWith("-")
                  ? "usage.unknown.option"
                  : unmatched.isUnknownOption() || !e.getCommandLine().getSubcommands().isEmpty()
                      ? "usage.unknown.command"
                      : "usage.unknown.argument",
              given.mkString(" "));
      return suggested.isEmpty()
          ? sentence
          : sentence + "\n" + text.get("usage.suggest", suggested.mkString(", "));
    }
    if (e.getArgSpec() != null && e.getValue() != null) {
      ArgSpec arg = e.getArgSpec();
      return text.get(
          "usage.invalid.value",
          arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel(),
          e.getValue());
    }
    return e.getMessage();
  }

  /** "--segment=I|II" for an option, "ID" for a positional parameter. */
  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec o
        ? o.longestName() + (o.arity().max() > 0 ? "=" + o.paramLabel() : "")
        : arg.paramLabel();
  }
}
