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
    // added after the first release of the development files: appended, so earlier rows keep their ids
    all.addAll(DevEnglish.later());
    return all;
  }

  static List<Writer> personas() {
    return DevPersonas.writers();
  }
}
