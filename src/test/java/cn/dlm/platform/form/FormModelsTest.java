package cn.dlm.platform.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;

/**
 * What the models promise about forms, read from processes/: every field a user can edit belongs to the task's own
 * activity with a typed starting value, and no text component renders user text as Markdown or HTML.
 */
class FormModelsTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Variables a text component may interpolate: made by the system (numbers, dates, states) or names the
   * administrator gives to teams and people. Everything a participant types is shown in read-only fields.
   */
  private static final Set<String> SYSTEM_VALUES = Set.of("teamName", "year", "meetingDay", "memberName",
      "rectificationSummary.total", "rectificationSummary.closed", "rectificationSummary.carriedOver",
      "item.responsibleName", "item.deadline", "item.type", "item.status", "item.extensionRequest.requestedDeadline",
      // the parser's warnings quote the material: escaped for Markdown where they are prepared (MaterialIntake)
      "#loop materialWarnings",
      // the online intake's state: links (business key and token), counts and times only (cn.dlm.intake.IntakeTexts)
      "intakeNotice");
  /** A value a template inserts ({@code {{name}}}, {@code {{#if name}}}) or loops over ({@code {{#loop name}}}). */
  private static final Pattern TEMPLATE =
      Pattern.compile("\\{\\{\\s*(?:#if\\s+)?((?:#loop\\s+)?[^}#/\\s][^}]*?)\\s*}}");

  @Test
  void everyEditableFieldIsAnInputOfItsTaskWithATypedValue() throws IOException {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (UserTask task : userTasksWithForms()) {
      Map<String, String> inputs = inputsOf(task);
      for (FormField field : fields(task.getCamundaFormRef()).all().values()) {
        if (field.readOnly()) {
          continue;
        }
        checked++;
        String value = inputs.get(field.key());
        if (value == null) {
          problems.add(task.getId() + "." + field.key() + ": not an input parameter of the task (a submitted value"
              + " would outlive the task in a shared scope)");
        } else if (value.isBlank()) {
          problems.add(task.getId() + "." + field.key() + ": empty input parameter (a variable typed Null)");
        }
      }
    }
    assertThat(checked).as("editable fields of all user tasks").isGreaterThan(50);
    assertThat(problems).isEmpty();
  }

  @Test
  void noTextComponentShowsWhatAParticipantTyped() throws IOException {
    List<String> userText = new ArrayList<>();
    try (Stream<Path> forms = Files.list(PROCESSES)) {
      for (Path form : forms.filter(path -> path.toString().endsWith(".form")).sorted().toList()) {
        for (String reference : textReferences(JSON.readTree(form.toFile()).path("components"))) {
          if (!SYSTEM_VALUES.contains(reference) && !reference.equals("this")) {
            userText.add(form.getFileName() + ": {{" + reference + "}}");
          }
        }
      }
    }
    assertThat(userText).isEmpty();
  }

  @Test
  void userTextForATextComponentIsEscapedForMarkdownAndHtml() {
    assertThat(MarkdownText.escape("<img src=x> **粗体** [链接](http://x) #标题"))
        .isEqualTo("&lt;img src=x&gt; \\*\\*粗体\\*\\* \\[链接\\]\\(http://x\\) \\#标题");
  }

  @Test
  void thePlanApprovalShowsThePlanAsReported() throws IOException {
    FormFields approval = FormFields.read(Files.newInputStream(PROCESSES.resolve("approve-plan.form")));

    for (String reported : List.of("meetingDay", "plannedAttendees", "plannedObservers", "plannedAgenda")) {
      assertThat(approval.get(reported)).as(reported).isNotNull();
      assertThat(approval.get(reported).readOnly()).as(reported + " is shown, not edited").isTrue();
    }
  }

  private static List<String> textReferences(JsonNode components) {
    List<String> references = new ArrayList<>();
    for (JsonNode component : components) {
      if ("text".equals(component.path("type").asText())) {
        Matcher matcher = TEMPLATE.matcher(component.path("text").asText());
        while (matcher.find()) {
          references.add(matcher.group(1).trim());
        }
      }
      references.addAll(textReferences(component.path("components")));
    }
    return references;
  }

  static List<UserTask> userTasksWithForms() throws IOException {
    List<UserTask> tasks = new ArrayList<>();
    try (Stream<Path> models = Files.list(PROCESSES)) {
      for (Path model : models.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
        instance.getModelElementsByType(UserTask.class).stream().filter(task -> task.getCamundaFormRef() != null)
            .forEach(tasks::add);
      }
    }
    assertThat(tasks).as("user tasks with a form").hasSizeGreaterThan(20);
    return tasks;
  }

  private static Map<String, String> inputsOf(UserTask task) {
    Map<String, String> inputs = new LinkedHashMap<>();
    if (task.getExtensionElements() == null) {
      return inputs;
    }
    for (CamundaInputOutput io : task.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).list()) {
      for (CamundaInputParameter parameter : io.getCamundaInputParameters()) {
        inputs.put(parameter.getCamundaName(), parameter.getTextContent() == null ? "" : parameter.getTextContent());
      }
    }
    return inputs;
  }

  private static FormFields fields(String formRef) throws IOException {
    return FormFields.read(Files.newInputStream(PROCESSES.resolve(formRef + ".form")));
  }
}
