package org.rlsviewer.analysis;

import java.util.Set;

/** A trigger phrase found at tokens [start, end) of a sentence. */
record TriggerHit(int start, int end, Set<TriggerKind> kinds) {

  TriggerHit {
    kinds = Set.copyOf(kinds);
  }

  boolean is(TriggerKind kind) {
    return kinds.contains(kind);
  }

  boolean overlaps(int from, int to) {
    return start < to && from < end;
  }
}
