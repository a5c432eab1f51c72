package org.rlsviewer.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * One frame of the phrase grammar: a concept said one way, with its variants by modality. A variant
 * is a phrase with {@code {a|b|c}} alternatives; positive variants carry the template's labels (or
 * their own), negative ones none (or their own). Medications and magnesium for the row come from
 * the template's lists, separately for positive and negative variants.
 */
public final class Template {

  /** How a variant is said; positive modalities are those a clinician wants flagged. */
  public enum Modality {
    AFFIRMED(true), HEDGED(true), PSEUDO_NEGATION(true), CHECKLIST_YES(true),
    NEGATED(false), CHECKLIST_NO(false), HYPOTHETICAL(false), QUESTION(false), OTHER_PERSON(false),
    PAST(false), RESOLVED(false), UNRELATED(false), NOT_ON_DRUG(false);

    final boolean positive;

    Modality(boolean positive) {
      this.positive = positive;
    }
  }

  record Variant(Modality modality, String phrase, String labels) {}

  final String id;
  final String language;
  final String labels;
  final List<Variant> variants = new ArrayList<>();
  String posMeds = null;
  String negMeds = null;
  String posMg = null;
  String negMg = null;
  String writer = null;
  int count = 0;
  boolean bare = false;

  public Template(String id, String language, String labels) {
    this.id = id;
    this.language = language;
    this.labels = labels;
  }

  public Template v(Modality m, String... phrases) {
    for (String p : phrases) {
      variants.add(new Variant(m, p, m.positive ? labels : ""));
    }
    return this;
  }

  /** A variant with its own labels (e.g. a both-legs swelling inside a one-leg frame). */
  public Template vl(Modality m, String labels, String phrase) {
    variants.add(new Variant(m, phrase, labels));
    return this;
  }

  public Template aff(String... p) {
    return v(Modality.AFFIRMED, p);
  }

  public Template hedge(String... p) {
    return v(Modality.HEDGED, p);
  }

  public Template pseudo(String... p) {
    return v(Modality.PSEUDO_NEGATION, p);
  }

  public Template neg(String... p) {
    return v(Modality.NEGATED, p);
  }

  public Template fear(String... p) {
    return v(Modality.HYPOTHETICAL, p);
  }

  public Template question(String... p) {
    return v(Modality.QUESTION, p);
  }

  public Template other(String... p) {
    return v(Modality.OTHER_PERSON, p);
  }

  public Template past(String... p) {
    return v(Modality.PAST, p);
  }

  public Template resolved(String... p) {
    return v(Modality.RESOLVED, p);
  }

  public Template unrelated(String... p) {
    return v(Modality.UNRELATED, p);
  }

  /** Medications (alternatives with |) for positive and for negative variants. */
  public Template meds(String pos, String neg) {
    this.posMeds = pos;
    this.negMeds = neg;
    return this;
  }

  /** magnesium_mg values (alternatives with |, empty allowed) for positive and negative variants. */
  public Template mg(String pos, String neg) {
    this.posMg = pos;
    this.negMg = neg;
    return this;
  }

  public String language() {
    return language;
  }

  /** All rows of this template are written by one persona. */
  public Template by(String writerId) {
    this.writer = writerId;
    return this;
  }

  /** Number of rows to draw (0: the language default). */
  public Template rows(int n) {
    this.count = n;
    return this;
  }

  /** No fillers or time phrases around the phrase (checklists, whole forum notes). */
  public Template bare() {
    this.bare = true;
    return this;
  }
}
