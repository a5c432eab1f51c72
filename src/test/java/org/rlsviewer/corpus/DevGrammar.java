package org.rlsviewer.corpus;

import java.util.ArrayList;
import java.util.List;

/** The development part: templates and personas other helpers may read and tune on. */
final class DevGrammar {

  private DevGrammar() {}

  static List<Template> templates() {
    List<Template> all = new ArrayList<>(DevEnglish.templates());
    all.addAll(DevOther.templates());
    all.addAll(DevPersonas.templates());
    return all;
  }

  static List<Writer> personas() {
    return DevPersonas.writers();
  }
}
