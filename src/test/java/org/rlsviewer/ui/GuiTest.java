package org.rlsviewer.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that needs a display (it shows windows); inherited, so every
 * {@link WindowTestCase} has it. Tagged {@code gui}, so {@code mvn verify -Pheadless} (or
 * {@code -Dgui=false}) leaves it out.
 */
@Target(ElementType.TYPE)
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Tag(GuiTest.TAG)
@interface GuiTest {
  String TAG = "gui";
}
