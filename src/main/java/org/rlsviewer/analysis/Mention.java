package org.rlsviewer.analysis;

import java.util.List;

/**
 * A concept named in a text: the characters [start, end) that name it ({@code matched}, as the patient
 * wrote them), how it is asserted, for leg findings which side, and the matched words as the reader
 * read them ({@code words}: normalised, lower case, in German, Spanish and French folded), so rules
 * compare words without lower-casing or re-tokenising the patient's text.
 */
record Mention(String concept, int start, int end, String matched, Assertion assertion, Laterality laterality,
    List<String> words) {

  Mention {
    words = List.copyOf(words);
  }

  /** The words joined by single spaces ("ropinirole", "egfr"). */
  String wordsText() {
    return String.join(" ", words);
  }

  /** The same mention at other offsets of another text (the original of a normalised or folded one). */
  Mention at(int newStart, int newEnd, String newMatched) {
    return new Mention(concept, newStart, newEnd, newMatched, assertion, laterality, words);
  }
}
