package org.rlsviewer.corpus;

/** A writing style applied to a composed note: a persona of the corpus, named by its id. */
public record Writer(String id, String language, Style style) {

  public interface Style {
    String apply(String text, Pick pick);
  }
}
