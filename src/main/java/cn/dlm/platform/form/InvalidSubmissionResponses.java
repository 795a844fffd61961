package cn.dlm.platform.form;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import jakarta.servlet.ServletRegistration;
import org.glassfish.jersey.server.ServerProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API answers a form validation failure with 400 and "Cannot submit task form &lt;id&gt;:
 * &lt;message&gt;". For an {@link InvalidSubmission} this answers 400 with the Chinese message alone, in
 * both REST APIs: /engine-rest, and the webapps' own engine API that Tasklist submits forms to
 * (/camunda/api/engine).
 */
@Configuration
public class InvalidSubmissionResponses {

  /** The name under which the webapp starter registers the webapps' engine API servlet. */
  static final String WEBAPP_ENGINE_API = "Engine Api";

  @Bean
  ResourceConfigCustomizer invalidSubmissionMapping() {
    return config -> config.register(Mapper.class);
  }

  /**
   * Adds the mapper to the webapps' engine API through Jersey's provider init parameter. Whichever
   * of this and the webapp starter runs first creates the servlet; the starter leaves an existing
   * one alone, so it is created here exactly as the starter would.
   */
  @Bean
  ServletContextInitializer invalidSubmissionMappingForWebapps(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    return servletContext -> {
      ServletRegistration registration = servletContext.getServletRegistration(WEBAPP_ENGINE_API);
      if (registration == null) {
        registration = servletContext.addServlet(WEBAPP_ENGINE_API, ServletContainer.class);
        registration.addMapping(applicationPath + "/api/engine/*");
        registration.setInitParameter("jakarta.ws.rs.Application", EngineRestApplication.class.getName());
      }
      registration.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, Mapper.class.getName());
    };
  }

  @Priority(Priorities.USER - 100)
  public static class Mapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      InvalidSubmission invalid = find(exception);
      if (invalid == null) {
        return camundaDefault.toResponse(exception);
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", InvalidSubmission.class.getSimpleName());
      body.put("message", invalid.getMessage());
      body.put("code", 0);
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static InvalidSubmission find(Throwable exception) {
      for (Throwable cause = exception; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
        if (cause instanceof InvalidSubmission invalid) {
          return invalid;
        }
      }
      return null;
    }
  }
}
