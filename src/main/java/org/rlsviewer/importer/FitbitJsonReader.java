package org.rlsviewer.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The per-night sleep JSON of a Fitbit data download ({@code sleep-YYYY-MM-DD.json}): an array of
 * sleep logs, each with {@code logId}, {@code dateOfSleep}, {@code startTime} and {@code endTime}
 * in local time without an offset, {@code minutesAsleep}, {@code minutesAwake},
 * {@code minutesToFallAsleep}, {@code timeInBed}, {@code efficiency}, {@code type} (stages or
 * classic) and {@code levels} (a summary per stage with its count and minutes, and the stage data,
 * which is skipped). Read as a stream, one log at a time; a log's number in the array is its
 * name in the report, beside the line it starts on.
 *
 * <p>Mapped: bedtime and wake time, minutes asleep and awake, sleep latency, awakenings (the count
 * of wake or awake periods in the summary). Kept as extras: efficiency, the stage minutes, the log
 * type and whether it is the main sleep.
 */
final class FitbitJsonReader {

  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(64).maxStringLength(1 << 20).maxNumberLength(64).build())
      .build();

  private FitbitJsonReader() {}

  static void read(Reader text, TrackerNights nights) throws IOException, NotADiaryException {
    try (JsonParser json = JSON.createParser(text)) {
      JsonToken first = json.nextToken();
      if (first == JsonToken.START_OBJECT) {
        readLog(json, 1, nights); // a file holding one log
      } else if (first == JsonToken.START_ARRAY) {
        int number = 0;
        for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
          number++;
          if (t == JsonToken.START_OBJECT) {
            readLog(json, number, nights);
          } else {
            int line = json.currentTokenLocation().getLineNr();
            String raw = json.getText();
            json.skipChildren();
            nights.reject(line, "sleep log " + number + " is not a JSON object", raw);
          }
        }
      } else {
        throw new NotADiaryException("Fitbit sleep JSON: the file does not hold a list of sleep logs.");
      }
    } catch (JsonProcessingException broken) {
      String where = broken.getLocation() == null ? "" : " near line " + broken.getLocation().getLineNr();
      String why = String.valueOf(broken.getOriginalMessage()).lines().findFirst().orElse("");
      throw new NotADiaryException("Fitbit sleep JSON: the file is not valid JSON" + where + " ("
          + CellParser.shorten(why) + "); nothing was imported.");
    }
  }

  /** Reads one log object (the parser is on its start) into a session or a rejected record. */
  private static void readLog(JsonParser json, int number, TrackerNights nights) throws IOException {
    int line = json.currentTokenLocation().getLineNr();
    Map<String, String> values = new HashMap<>();
    Map<String, String> stages = new HashMap<>();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      JsonToken value = json.nextToken();
      if (field.equals("levels") && value == JsonToken.START_OBJECT) {
        readLevels(json, stages);
      } else if (value.isScalarValue()) {
        values.put(field, json.getText());
      } else {
        json.skipChildren();
      }
    }
    String problem = session(line, values, stages, nights);
    if (problem != null) {
      nights.reject(line, "sleep log " + number + ": " + problem, values.getOrDefault("logId", ""));
    }
  }

  /** levels.summary.{stage}.count and .minutes; the stage data lists are skipped. */
  private static void readLevels(JsonParser json, Map<String, String> stages) throws IOException {
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      JsonToken value = json.nextToken();
      if (field.equals("summary") && value == JsonToken.START_OBJECT) {
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String stage = json.currentName();
          if (json.nextToken() == JsonToken.START_OBJECT) {
            while (json.nextToken() == JsonToken.FIELD_NAME) {
              String key = json.currentName();
              JsonToken v = json.nextToken();
              if (v.isScalarValue()) {
                stages.put(stage + "." + key, json.getText());
              } else {
                json.skipChildren();
              }
            }
          }
        }
      } else {
        json.skipChildren();
      }
    }
  }

  private static String session(int number, Map<String, String> v, Map<String, String> stages,
      TrackerNights nights) {
    String startText = v.getOrDefault("startTime", "");
    String endText = v.getOrDefault("endTime", "");
    LocalDateTime start = dateTime(startText);
    LocalDateTime end = dateTime(endText);
    String expected = "a date and time (expected yyyy-MM-ddTHH:mm:ss.SSS)";
    if (start == null) {
      return TrackerCells.describe("startTime", startText, expected);
    }
    if (end == null) {
      return TrackerCells.describe("endTime", endText, expected);
    }
    if (end.isBefore(start) || end.isAfter(start.plusDays(2))) {
      return "endTime " + endText + " is not within 48 hours after startTime " + startText;
    }
    TrackerSession.Builder s = new TrackerSession.Builder();
    s.start = start;
    s.end = end;
    s.asleepMin = TrackerCells.minutes(v.getOrDefault("minutesAsleep", "")).orElse(null);
    s.awakeMin = TrackerCells.minutes(v.getOrDefault("minutesAwake", "")).orElse(null);
    s.latencyMin = TrackerCells.minutes(v.getOrDefault("minutesToFallAsleep", "")).orElse(null);
    String wakeCount = stages.getOrDefault("wake.count", stages.getOrDefault("awake.count", ""));
    s.awakenings = TrackerCells.minutes(wakeCount).orElse(null);
    s.extra("fitbit efficiency", v.get("efficiency"));
    s.extra("fitbit time in bed (min)", v.get("timeInBed"));
    s.extra("fitbit log type", v.get("type"));
    s.extra("fitbit main sleep", v.get("isMainSleep"));
    for (String stage : new String[] {"deep", "light", "rem"}) {
      s.extra(stage + " (min)", stages.get(stage + ".minutes"));
    }
    s.extra("restless (min)", stages.get("restless.minutes"));
    nights.add(s.build(number));
    return null;
  }

  private static LocalDateTime dateTime(String raw) {
    try {
      return LocalDateTime.parse(raw.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
