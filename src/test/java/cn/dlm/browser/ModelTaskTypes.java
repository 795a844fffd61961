package cn.dlm.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The user task types of the project's processes, read from what the engine deployed of
 * {@code processes/*.bpmn}: {@code <process key>:<task id>}, e.g. {@code member-material:Task_WriteMaterial}.
 */
final class ModelTaskTypes {

  private ModelTaskTypes() {
  }

  static Set<String> deployedFrom(Path folder, RepositoryService repository) {
    Set<String> resources = bpmnFiles(folder);
    Set<String> types = new TreeSet<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      if (resources.contains(definition.getResourceName())) {
        repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)
            .forEach(task -> types.add(definition.getKey() + ":" + task.getId()));
      }
    }
    return types;
  }

  /** The deployment's resource names of the folder's models: processes/x.bpmn. */
  private static Set<String> bpmnFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      Set<String> names = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".bpmn"))
          .map(name -> "processes/" + name).collect(Collectors.toSet());
      if (names.isEmpty()) {
        throw new IllegalStateException("no BPMN model in " + folder.toAbsolutePath());
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
