package cn.dlm.platform.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/**
 * Every field of every form in processes/ against hostile values: each is accepted or refused with a Chinese
 * {@link InvalidSubmission}, never another exception; fields a form does not have are refused, read-only ones dropped.
 */
class SubmittedValuesTest {

  private static final List<Object> HOSTILE = List.of(12345, 2025.5, true, "", "<img src=x onerror=alert(1)>",
      "2026-12-03T25:00", "2026-12-03 extra text", "2026/12/01", "x".repeat(SubmittedValues.MAX_TEXT + 1),
      Variables.objectValue(new ArrayList<>()).create(), Variables.byteArrayValue(new byte[] {1}),
      Variables.dateValue(new java.util.Date()), SpinValues.jsonValue("[1,").create(),
      SpinValues.jsonValue("[".repeat(100) + "]".repeat(100)).create(), SpinValues.jsonValue("{\"a\":1}").create(),
      SpinValues.jsonValue("[{\"x\":{\"y\":{\"z\":[[[1]]]}}}]").create(), SpinValues.jsonValue("[null, 1, \"a\"]").create(),
      Variables.untypedNullValue(), Variables.stringValue(null));

  @Test
  void everyFieldOfEveryFormAcceptsOrRefusesInChinese() throws IOException {
    int checked = 0;
    for (Path form : forms()) {
      FormFields fields = FormFields.parse(Files.readString(form));
      for (FormField field : fields.all().values()) {
        for (Object value : HOSTILE) {
          Map<String, Object> submission = new HashMap<>();
          submission.put(field.key(), value);
          try {
            SubmittedValues.check(fields, submission);
          } catch (InvalidSubmission refused) {
            assertThat(refused.getMessage()).as(form + " " + field.key()).containsPattern("\\p{IsHan}");
          }
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void aFieldTheFormDoesNotHaveRefusesTheWholeSubmission() throws IOException {
    FormFields form = FormFields.parse(Files.readString(Path.of("processes/acknowledge-opinions.form")));
    assertThatThrownBy(() -> SubmittedValues.check(form, Map.of("acknowledged", true, "supervisorGroup", "x")))
        .isInstanceOf(InvalidSubmission.class).hasMessageContaining("supervisorGroup").hasMessageContaining("本表单以外");
    assertThat(SubmittedValues.check(form, Map.of("acknowledged", true, "acknowledgementNote", "已认领"))).isEmpty();
  }

  @Test
  void readOnlyFieldsAreDroppedAndWrongKindsRefused() throws IOException {
    FormFields review = FormFields.parse(Files.readString(Path.of("processes/review-material.form")));
    assertThat(SubmittedValues.check(review, Map.of("materialText", "x".repeat(10_000), "decision", "approve")))
        .containsExactly("materialText");
    FormFields write = FormFields.parse(Files.readString(Path.of("processes/write-material.form")));
    assertThatThrownBy(() -> SubmittedValues.check(write, Map.of("materialText", 12345)))
        .isInstanceOf(InvalidSubmission.class).hasMessageContaining("应为文字");
    FormFields study = FormFields.parse(Files.readString(Path.of("processes/record-study.form")));
    for (String date : List.of("2026-12-03T25:00", "2026-12-03 extra text", "2026-02-30", "2026/12/01")) {
      assertThatThrownBy(() -> SubmittedValues.check(study, Map.of("studyDate", date)))
          .as(date).isInstanceOf(InvalidSubmission.class).hasMessageContaining("年-月-日");
    }
    assertThat(SubmittedValues.check(study, Map.of("studyDate", "2026-12-03"))).isEmpty();
  }

  private static List<Path> forms() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      List<Path> forms = files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
      assertThat(forms).hasSizeGreaterThan(20);
      return forms;
    }
  }
}
