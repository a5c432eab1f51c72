package org.rlsviewer.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link WindowTestCase}: {@link WindowExtension} shows the window on the test service
 * ({@link GuiTests#service()}, reviews kept in memory) before each test, and opens {@link #diary}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ShowWindow {

  /** The diary opened, and waited for, before each test; none when empty. */
  String diary() default "";

  /** Shown at the frame's own size rather than at {@link WindowExtension#SIZE}. */
  boolean packed() default false;
}
