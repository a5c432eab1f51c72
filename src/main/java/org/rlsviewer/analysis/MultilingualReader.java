package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a note in its own language: detects the note's language and reads it with that language's
 * lexicon and triggers; a sentence that is clearly in another language than the rest of its note
 * is read in its own. An English note is read exactly as the English {@link NoteReader} reads it.
 * Mentions keep their offsets into the original text. Stateless once built; thread-safe.
 */
final class MultilingualReader {

  /** How far a sentence's own language must be ahead of the note's for the sentence to switch. */
  private static final double SENTENCE_SWITCH_MARGIN = 2;

  private static final MultilingualReader BUILT_IN = new MultilingualReader(NoteReader.builtIn(), List.of());

  private final LanguageDetector detector;
  private final Map<NoteLanguage, NoteReader> readers = new EnumMap<>(NoteLanguage.class);
  private final Map<NoteLanguage, LanguagePack> packs = new EnumMap<>(NoteLanguage.class);
  private volatile ConceptCues cues;

  /**
   * @param english the reader of English notes (the built-in one, or one with a clinic's lexicon)
   * @param extraTerms concept and pattern pairs a clinic's rule file adds ({@code words} rules);
   *     added to every language's lexicon where the pattern's word classes exist
   */
  MultilingualReader(NoteReader english, List<Map.Entry<String, String>> extraTerms) {
    this.detector = LanguageDetector.builtIn();
    readers.put(NoteLanguage.ENGLISH, english);
    for (NoteLanguage language : NoteLanguage.values()) {
      if (language == NoteLanguage.ENGLISH) {
        continue;
      }
      LanguagePack pack = LanguagePack.builtIn(language);
      Lexicon lexicon = pack.lexicon();
      for (var term : extraTerms) {
        try {
          lexicon = lexicon.withTerm(term.getKey(), FoldedText.of(term.getValue(), language, pack.readAs()).text());
        } catch (java.io.IOException e) {
          // a class of the English lexicon this language does not have: the words stay English-only
        }
      }
      packs.put(language, pack);
      readers.put(language, new NoteReader(lexicon, pack.triggers()));
    }
  }

  static MultilingualReader builtIn() {
    return BUILT_IN;
  }

  /** The words that may name a concept in any language read, made when first asked. */
  ConceptCues cues() {
    ConceptCues made = cues;
    if (made == null) {
      made = new ConceptCues(readers.values().stream().map(NoteReader::lexicon).toList());
      cues = made;
    }
    return made;
  }

  NoteLanguage languageOf(String text) {
    return detector.detect(text);
  }

  /**
   * Every mention in the text, in reading order. The language is judged on the normalised text (see
   * {@link TextNormaliser}), so invisible characters and look-alike letters cannot change it; the
   * mentions' offsets and words are those of the original text.
   */
  List<Mention> read(String original) {
    TextNormaliser.Normalised normalised = TextNormaliser.normalise(original);
    if (normalised.text().equals(original)) {
      return readNormalised(original);
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : readNormalised(normalised.text())) {
      int start = normalised.originalStart(m.start());
      int end = normalised.originalEnd(m.end());
      out.add(m.at(start, end, original.substring(start, end)));
    }
    return out;
  }

  private List<Mention> readNormalised(String text) {
    LanguageDetector.Verdict note = detector.judge(text);
    List<Sentence> sentences = Tokeniser.sentences(text);
    List<Integer> runStarts = new ArrayList<>();
    List<NoteLanguage> runLanguages = new ArrayList<>();
    for (Sentence s : sentences) {
      NoteLanguage language = note.language();
      if (sentences.size() > 1) {
        String sentenceText = text.substring(s.get(0).start(), s.get(s.size() - 1).end());
        LanguageDetector.Verdict own = detector.judge(sentenceText);
        if (own.language() != note.language() && own.margin(note.language()) >= SENTENCE_SWITCH_MARGIN) {
          language = own.language();
        }
      }
      if (runLanguages.isEmpty() || runLanguages.get(runLanguages.size() - 1) != language) {
        runStarts.add(runLanguages.isEmpty() ? 0 : s.get(0).start());
        runLanguages.add(language);
      }
    }
    if (runLanguages.size() <= 1) {
      return readIn(note.language(), text, 0, text.length());
    }
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < runLanguages.size(); i++) {
      int end = i + 1 < runStarts.size() ? runStarts.get(i + 1) : text.length();
      out.addAll(readIn(runLanguages.get(i), text, runStarts.get(i), end));
    }
    return out;
  }

  private List<Mention> readIn(NoteLanguage language, String text, int from, int to) {
    String part = text.substring(from, to);
    if (language == NoteLanguage.ENGLISH) {
      List<Mention> read = readers.get(language).read(part);
      return from == 0 && to == text.length() ? read : read.stream().map(m -> shifted(m, text, from)).toList();
    }
    FoldedText folded = packs.get(language).fold(part);
    List<Mention> out = new ArrayList<>();
    for (Mention m : readers.get(language).read(folded.text())) {
      int a = folded.originalStart(m.start());
      int b = folded.originalEnd(m.end());
      int start = from + Math.min(a, folded.originalStart(m.end() - 1));
      int end = from + Math.max(b, folded.originalEnd(m.start() + 1));
      out.add(m.at(start, end, text.substring(start, end)));
    }
    out.addAll(englishWordsIn(language, text, from, part, out));
    return out;
  }

  /**
   * Mentions made with English words inside a note in another language ("meine Legs waren total weak"):
   * read by the English reader, kept only where one of the matched words is English and not a word of
   * the note's language, and where the note's own reader found nothing of the concept there.
   */
  private List<Mention> englishWordsIn(NoteLanguage language, String text, int from, String part,
      List<Mention> found) {
    LanguagePack own = packs.get(language);
    LanguagePack english = LanguagePack.english();
    List<Mention> out = new ArrayList<>();
    for (Mention m : readers.get(NoteLanguage.ENGLISH).read(part)) {
      boolean englishWord = false;
      for (String w : m.words()) {
        String folded = FoldedText.fold(w, language);
        englishWord |= w.length() > 2 && english.knows(w)
            && !own.knows(folded) && !own.functionWords().contains(folded) && !own.readAs().containsKey(folded);
      }
      Mention shifted = shifted(m, text, from);
      boolean known = found.stream().anyMatch(f -> f.concept().equals(m.concept())
          && f.start() < shifted.end() && shifted.start() < f.end());
      if (englishWord && !known) {
        out.add(shifted);
      }
    }
    return out;
  }

  private static Mention shifted(Mention m, String text, int by) {
    return m.at(m.start() + by, m.end() + by, text.substring(m.start() + by, m.end() + by));
  }
}
