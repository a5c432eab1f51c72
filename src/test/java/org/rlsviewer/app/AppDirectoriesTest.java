package org.rlsviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppDirectoriesTest {

  @ParameterizedTest(name = "{0} {1}={2}")
  @CsvSource(delimiter = '|', textBlock = """
      Windows 11|APPDATA|/c/Users/k/AppData/Roaming|/c/Users/k/AppData/Roaming/RLS Diary Viewer/mappings
      Windows 11|NONE||/home/k/AppData/Roaming/RLS Diary Viewer/mappings
      Mac OS X|NONE||/home/k/Library/Application Support/RLS Diary Viewer/mappings
      Linux|XDG_CONFIG_HOME|/home/k/cfg|/home/k/cfg/rls-diary-viewer/mappings
      Linux|NONE||/home/k/.config/rls-diary-viewer/mappings
      """)
  void mappingsLiveInTheUsersApplicationDataFolder(String os, String variable, String value, String expected) {
    Map<String, String> env = value == null ? Map.of() : Map.of(variable, value);

    assertThat(AppDirectories.mappings(os, env, "/home/k")).isEqualTo(Path.of(expected));
  }
}
