package cn.dlm.platform.deployment;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;

/**
 * A deployment resource that the engine stores under its classpath path (processes/x.bpmn): Spring's
 * auto-deployment names a {@link ContextResource} by {@link #getPathWithinContext()}.
 */
final class ClasspathNamedResource extends AbstractResource implements ContextResource {

  private final Resource delegate;
  private final String path;

  ClasspathNamedResource(Resource delegate, String path) {
    this.delegate = delegate;
    this.path = path;
  }

  @Override
  public String getPathWithinContext() {
    return path;
  }

  @Override
  public InputStream getInputStream() throws IOException {
    return delegate.getInputStream();
  }

  @Override
  public boolean exists() {
    return delegate.exists();
  }

  @Override
  public String getFilename() {
    return delegate.getFilename();
  }

  @Override
  public String getDescription() {
    return "classpath:" + path;
  }
}
