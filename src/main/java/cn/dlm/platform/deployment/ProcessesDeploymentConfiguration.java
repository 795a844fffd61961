package cn.dlm.platform.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Deploys what {@code camunda.bpm.deployment-resource-pattern} finds, but names each resource by its
 * path below the classpath root (processes/x.bpmn) instead of its absolute file path. The default
 * naming changes with the checkout folder and between {@code spring-boot:run} and {@code java -jar},
 * and every change of a name deploys a new version of every process.
 */
public class ProcessesDeploymentConfiguration extends DefaultDeploymentConfiguration {

  static final String FOLDER = "processes/";

  @Override
  public Set<Resource> getDeploymentResources() {
    List<String> roots = folderUrls();
    return super.getDeploymentResources().stream()
        .map(resource -> named(resource, roots))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static Resource named(Resource resource, List<String> roots) {
    String url = url(resource);
    for (String root : roots) {
      if (url.startsWith(root)) {
        return new ClasspathNamedResource(resource, FOLDER + url.substring(root.length()));
      }
    }
    return resource;
  }

  /** Every classpath root's processes/ folder (main and, in tests, test resources). */
  private static List<String> folderUrls() {
    try {
      List<String> urls = new ArrayList<>();
      for (Resource folder : new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER)) {
        String url = url(folder);
        urls.add(url.endsWith("/") ? url : url + "/");
      }
      return urls;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String url(Resource resource) {
    try {
      return resource.getURL().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
