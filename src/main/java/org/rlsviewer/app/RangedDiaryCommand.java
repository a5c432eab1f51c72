package org.rlsviewer.app;

import picocli.CommandLine.Mixin;

/** A diary command that covers a range of nights ({@code flags}, {@code summary}, {@code report}). */
abstract class RangedDiaryCommand extends DiaryFileCommand {

  @Mixin RangeOptions rangeOptions = new RangeOptions();

  @Override
  RangeArguments range() throws UsageProblem {
    return rangeOptions.range();
  }
}
