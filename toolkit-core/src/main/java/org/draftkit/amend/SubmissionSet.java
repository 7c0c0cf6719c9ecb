package org.draftkit.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.draftkit.ImportException;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.SourceLocation;

/**
 * The submissions read from a list of inputs, and the inputs that could not be read. Each input is
 * named by the proponent given at the same position (the first name for the first input; inputs
 * beyond the names, or with a blank name, are named by their document, see {@link Submission#of}).
 * An input that cannot be read is left out and reported as an error {@link Diagnostic}, so that a
 * position table or a consolidation is built from the rest: one bad file among two hundred does not
 * cost the other 199.
 *
 * <p>This is how {@code draftkit consolidate}, {@code draftkit positions} and their HTTP endpoints
 * read submissions. Immutable.
 *
 * <pre>{@code
 * SubmissionSet set = SubmissionSet.read(List.of(
 *     SubmissionSet.input("imsb.md", () -> toolkit.read(Path.of("imsb.md"))),
 *     SubmissionSet.input("g77.docx", () -> toolkit.read(Path.of("g77.docx")))), List.of("IMSB"));
 * PositionTable table = PositionReader.defaults().build(set.requireAny(), base)
 *     .withDiagnostics(set.diagnostics());
 * }</pre>
 *
 * @param submissions the inputs that were read, in input order
 * @param failures the inputs that were not, in input order
 * @since 0.1
 */
public record SubmissionSet(List<Submission> submissions, List<Failure> failures) {

  /** The {@link Diagnostic#code()} of an input left out because it could not be read. */
  public static final String UNREADABLE = "input.unreadable";

  public SubmissionSet {
    submissions = List.copyOf(submissions);
    failures = List.copyOf(failures);
  }

  /** Reads one input's document; typically a call to {@code Toolkit.read}. */
  @FunctionalInterface
  public interface Reading {
    /**
     * @return the document
     * @throws ImportException when the input cannot be read
     */
    Document read() throws ImportException;
  }

  /**
   * One input to read.
   *
   * @param source the file or upload name, for the report when it cannot be read
   * @param reading how to read it
   */
  public record Input(String source, Reading reading) {
    public Input {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(reading, "reading");
    }
  }

  /**
   * An input that could not be read.
   *
   * @param source the file or upload name
   * @param error why
   */
  public record Failure(String source, ImportException error) {
    public Failure {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(error, "error");
    }

    /**
     * The failure as an error diagnostic ({@value SubmissionSet#UNREADABLE}) located at the input.
     */
    public Diagnostic diagnostic() {
      return Diagnostic.error(UNREADABLE, error.getMessage(), SourceLocation.line(source, 0));
    }
  }

  /** An input named {@code source}, read by {@code reading}. */
  public static Input input(String source, Reading reading) {
    return new Input(source, reading);
  }

  /**
   * Reads every input, in order; an input whose reading throws an {@link ImportException} is
   * recorded as a failure and the next one is read.
   *
   * @param inputs the submissions to read, at least one
   * @param names the proponents, by position; may be shorter than {@code inputs}, and a null or
   *     blank name lets the document name its proponent
   * @throws IllegalArgumentException when there is no input, or more names than inputs
   */
  public static SubmissionSet read(List<Input> inputs, List<String> names) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no submission to read");
    }
    if (names.size() > inputs.size()) {
      throw new IllegalArgumentException(
          names.size() + " names for " + inputs.size() + " submissions");
    }
    List<Submission> read = new ArrayList<>(inputs.size());
    List<Failure> failed = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Input input = inputs.get(i);
      try {
        read.add(Submission.of(input.reading().read(), i < names.size() ? names.get(i) : null));
      } catch (ImportException e) {
        failed.add(new Failure(input.source(), e));
      }
    }
    return new SubmissionSet(read, failed);
  }

  /** The failures as error diagnostics, in input order. */
  public List<Diagnostic> diagnostics() {
    return failures.stream().map(Failure::diagnostic).toList();
  }

  /**
   * The submissions, provided at least one could be read.
   *
   * @throws ImportException the first failure, when none could be read
   */
  public List<Submission> requireAny() throws ImportException {
    if (submissions.isEmpty() && !failures.isEmpty()) {
      throw failures.get(0).error();
    }
    return submissions;
  }
}
