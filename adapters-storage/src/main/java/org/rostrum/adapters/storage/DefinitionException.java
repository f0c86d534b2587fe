package org.rostrum.adapters.storage;

import io.vavr.collection.List;
import org.rostrum.core.model.Language;

/** A plenary definition that was refused, with every problem found in it. */
public final class DefinitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<DefinitionProblem> problems;
  private final String source;

  public DefinitionException(String source, List<DefinitionProblem> problems) {
    super(source + ": " + problems.size() + " problem(s) in the plenary definition");
    this.source = source;
    this.problems = problems;
  }

  public List<DefinitionProblem> problems() {
    return problems;
  }

  /** Every problem, one a line, each with the file and line, in the language asked. */
  public String describe(Language language) {
    return problems.map(p -> source + ":" + p.describe(language)).mkString("\n");
  }
}
